"""Exports (golden files per format), round trips, malformed imports, atomic writes, CLI.

Golden files live in tests/golden/. After an intended change of an export format, regenerate them
explicitly and review the diff:  CHRONOAPP_REGEN_GOLDEN=1 python -m pytest tests/test_export.py -k golden
"""
from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import json
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from chronoapp.cli import main
from chronoapp.core import export
from chronoapp.core.export import ExportError, export_events, export_to_file, import_file
from chronoapp.core.store import EventQuery, Store
from chronology_fixture import build, events

GOLDEN = Path(__file__).parent / "golden"
TITLE = "Syria & beyond: a *test* chronology"


@pytest.fixture
def store(tmp_path):
    s = build(tmp_path / "war.sqlite")
    yield s
    s.close()


ALL_STATUSES = ("candidate", "confirmed", "rejected")  # the fixture's rejected event carries the injection attempts


def exported(store, fmt, query=None) -> str:
    out = io.StringIO(newline="")
    export_events(store, query or EventQuery(status=ALL_STATUSES), fmt, out, title=TITLE)
    return out.getvalue()


# --- golden files ----------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", list(export.FORMATS))
def test_golden_file_per_format(store, fmt):
    path = GOLDEN / f"chronology.{fmt}{export.FORMATS[fmt][1]}"
    text = exported(store, fmt)
    if os.environ.get("CHRONOAPP_REGEN_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        pytest.skip(f"regenerated {path.name}")
    assert path.exists(), f"missing {path}; generate it with CHRONOAPP_REGEN_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8")


# --- CSV -------------------------------------------------------------------------------------
def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_the_documented_columns_and_one_row_per_event(store):
    text = exported(store, "csv")
    header = next(csv.reader(io.StringIO(text)))
    assert header[:len(export.CSV_COLUMNS)] == list(export.CSV_COLUMNS)
    assert header[len(export.CSV_COLUMNS):] == [f"{c}_2" for c in export.SOURCE_COLUMNS]  # one event has 2 sources
    rows = csv_rows(text)
    assert len(rows) == len(events())
    assert "\r\n" in text  # RFC 4180 line ends
    day = next(r for r in rows if r["id"] == "ev-01-day")
    assert (day["source_outlet"], day["source_outlet_2"], day["source_fatalities_2"]) == ("Reuters", "Al Jazeera", "15")
    month = next(r for r in rows if r["id"] == "ev-02-month")
    assert month["headline"] == 'Protests in Daraa spread to "Damascus", Homs and Baniyas'
    assert "\n" in month["description"]
    opened = next(r for r in rows if r["id"] == "ev-05-open")
    assert (opened["date_end"], opened["date_display"]) == ("..", "since January 2017")


def test_csv_neutralises_formula_injection_in_every_text_cell(store):
    rows = csv_rows(exported(store, "csv"))
    evil = next(r for r in rows if r["id"] == "ev-08-injection")
    assert evil["headline"] == "'" + '=HYPERLINK("http://evil.example","click me")'
    assert evil["description"].startswith("'+1 more")
    assert evil["actors"] == "'-Minus Brigade; @handle"
    assert evil["attribution"] == "'\tTabbed source"
    assert evil["notes"] == "'\rcarriage return"
    assert evil["source_outlet"] == "'=cmd|' /C calc'!A0"
    assert evil["quote"] == "''=already quoted"  # a leading quote is doubled so import can undo exactly one
    assert evil["tags"] == "''quoted"
    for row in rows:
        for cell in row.values():
            if not re.fullmatch(r"-?\d+(\.\d+)?", cell or ""):  # negative numbers stay numbers
                assert not (cell or "").startswith(("=", "+", "-", "@", "\t", "\r")), cell
    persian = next(r for r in rows if r["id"] == "ev-06-persian")
    assert persian["longitude"] == "-48.18"  # numbers stay numbers


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\x00=x", "'", "'=x", "''+", "plain", "",
                                  "'plain"])
def test_neutralise_round_trips_exactly(text):
    assert export.unneutralise(export.neutralise(text)) == text


@pytest.mark.parametrize("fmt", export.CSV_FORMATS)
def test_a_cell_starting_with_a_nul_is_guarded_in_every_spreadsheet_export(store, tmp_path, fmt, capsys):
    """OWASP ASVS (1.2.10) counts a leading NUL among the characters a spreadsheet may start a formula after; it was
    written as it was. Imported back, the own CSV gives the text as it was."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    store.save_event(Event(FuzzyDate("2017-09-01"), '\x00=HYPERLINK("http://evil.example")', id="nul",
                           actors=["\x00@handle"], status="confirmed"))
    code, out, _ = run(capsys, "export", store.path, "--format", fmt)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    cells = [c for r in rows for c in r]
    assert not any(c.startswith("\x00") for c in cells)
    assert {"'\x00=HYPERLINK(\"http://evil.example\")", "&#0;=HYPERLINK(\"http://evil.example\")"} & set(cells) \
        or fmt == "acled"  # ACLED has no headline column: its notes start with it
    if fmt == "csv":
        assert run(capsys, "import", tmp_path / "back.sqlite", write(tmp_path, out))[0] == 0
        with Store(tmp_path / "back.sqlite") as back:
            e = back.get_event("nul")
            assert (e.headline, e.actors) == ('\x00=HYPERLINK("http://evil.example")', ["\x00@handle"])


ODD_TEXTS = ["line\n# break", "crlf\r\n- break", "lone\r> CR", "tab\tin", "pipe | and ||", "| a | b |\n|---|---|",
             "LS\u2028PS\u2029NEL\x85FS\x1cGS\x1dRS\x1e", "VT\x0bFF\x0c", "NUL\x00in", "RTL \u200fmark \u202eoverride",
             "e\u0301 combining", "emoji 💥 🇸🇾 👩‍👩‍👧", "# heading", "- bullet", "1. item", "> quote", "[^1]: note", "***",
             '"quoted" start', "\ufeffbom", "=1+1", "@x"]


def test_every_export_keeps_one_row_slide_or_bullet_per_event_whatever_its_text_holds(tmp_path, capsys):
    """Line and paragraph separators (U+2028, NEL, the C0 separators Python's splitlines() breaks at), a CR alone, tabs,
    pipes, Markdown block starts, bidi controls, combining marks, emoji and NUL in every text field: each export,
    read as its user reads it (csv as a spreadsheet, json.loads, a Markdown renderer), still has one row, slide or
    bullet per event, and the own CSV and the TimelineJS JSON import back to the same texts."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event, Evidence, Source

    db = tmp_path / "odd.sqlite"
    with Store(db) as s:
        src = s.add_source(Source(outlet="Outlet\u2028two", title="Title\x85x", url="https://x.example/a", text="t"))
        for i, t in enumerate(ODD_TEXTS):
            s.save_event(Event(FuzzyDate(f"2017-09-{i + 1:02d}"), "H " + t, description=t, actors=[t], location=t,
                               attribution=t, notes=t, tags=[t], date_text=t, status="confirmed", id=f"e{i:02d}",
                               evidence=[Evidence(source_id=src, quote=t, attribution=t)]))
        before = {e.id: e for e in s.query(with_evidence=True)}
    n = len(ODD_TEXTS)
    for fmt, (_label, suffix) in export.FORMATS.items():
        out = tmp_path / f"out{suffix}"
        assert run(capsys, "export", db, "--format", fmt, "-o", out)[0] == 0
        text = out.read_bytes().decode("utf-8")
        if fmt in export.CSV_FORMATS:
            rows = list(csv.reader(io.StringIO(text, newline="")))
            assert len(rows) == 1 + n + (fmt == "timelinejs-csv") and len({len(r) for r in rows}) == 1, fmt
        elif fmt == "timelinejs-json":
            assert len(json.loads(text)["events"]) == n
        else:
            html = markdown.markdown(text)
            counts = [html.count(f"<{tag}>") for tag in ("li", "strong", "h1", "h2", "h3")]
            assert counts == [n, n, 1, 1, 1] and not re.search(r"<(h[4-6]|ol|blockquote|hr|table|em|code)\b", html)
        if fmt in ("csv", "timelinejs-json"):
            back_db = tmp_path / f"back-{fmt}.sqlite"
            assert run(capsys, "import", back_db, out)[0] == 0
            with Store(back_db) as back:
                for e in back.query(with_evidence=True):
                    b = before[e.id]
                    assert (e.headline, e.description, e.actors, e.location, e.attribution, e.tags, e.date_text,
                            e.evidence[0].quote) == (b.headline, b.description, b.actors, b.location, b.attribution,
                                                     b.tags, b.date_text, b.evidence[0].quote), fmt


@pytest.mark.parametrize("fmt", export.CSV_FORMATS)
def test_bom_option_for_excel(store, tmp_path, fmt):
    with_bom, without = tmp_path / "a.csv", tmp_path / "b.csv"
    export_to_file(store, EventQuery(), fmt, with_bom, bom=True)
    export_to_file(store, EventQuery(), fmt, without)
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not without.read_bytes().startswith(b"\xef\xbb\xbf")
    assert with_bom.read_bytes()[3:] == without.read_bytes()
    assert "الرقة".encode() in without.read_bytes()


def test_exports_use_the_chronology_filters(store):
    rows = csv_rows(exported(store, "csv", EventQuery(event_type="battle", status="confirmed")))
    assert sorted(r["id"] for r in rows) == ["ev-01-day", "ev-10-season"]
    data = json.loads(exported(store, "timelinejs-json", EventQuery(date_from=None, location="syria")))
    assert {s["unique_id"] for s in data["events"]} == {"ev-01-day", "ev-02-month", "ev-05-open"}


# --- Markdown --------------------------------------------------------------------------------
class _Html(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.hrefs += [v for k, v in attrs if k in ("href", "src")]


def render(md: str) -> tuple[str, _Html]:
    html = markdown.markdown(md, extensions=["footnotes"])
    parser = _Html()
    parser.feed(html)
    return html, parser


def test_markdown_renders_cleanly_without_injected_markup(store):
    md = exported(store, "markdown")
    html, parsed = render(md)
    assert parsed.tags <= {"h1", "h2", "h3", "ul", "ol", "li", "p", "strong", "a", "sup", "div", "hr"}
    assert all(h.startswith(("https://", "#fn")) for h in parsed.hrefs), parsed.hrefs
    assert "javascript:" not in " ".join(parsed.hrefs)
    assert "&lt;script&gt;" in html and "<script" not in html
    assert "[link](javascript:alert(1))" in html  # shown as text, not a link
    assert "Syria &amp; beyond: a *test* chronology" in html  # title escaped: no <em>


def test_markdown_renders_cleanly_as_commonmark_with_gfm_tables_and_strikethrough(store):
    markdown_it = pytest.importorskip("markdown_it")  # GitHub's dialect is CommonMark + extensions
    html = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(exported(store, "markdown"))
    parsed = _Html()
    parsed.feed(html)
    assert parsed.tags <= {"h1", "h2", "ul", "li", "p", "strong", "a"}
    assert parsed.hrefs == ["https://www.reuters.com/article/syria-uqairabat", "https://www.aljazeera.net/news/2017/9/6/hama"]
    assert "&lt;script&gt;" in html and "<script" not in html


def test_markdown_sources_stay_readable_as_commonmark_renders_them(tmp_path):
    """A CMS that renders plain CommonMark (no footnotes) ran every source into one paragraph, and a source known
    only by a one-word outlet ('[^1]: Reuters.') is CommonMark's link definition: the source vanished and its
    marker in the event's line became a link to 'Reuters.'."""
    markdown_it = pytest.importorskip("markdown_it")
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event, Evidence, Source

    with Store(tmp_path / "cms.sqlite") as s:
        for sid, outlet, url in (("s1", "Reuters", ""), ("s2", "AFP", "https://afp.com/a_(b)"), ("s3", "", "bbc.co.uk/x")):
            s.add_source(Source(id=sid, outlet=outlet, url=url, text=sid))
            s.save_event(Event(FuzzyDate("2017-09-01"), f"Strike {sid}", status="confirmed",
                               evidence=[Evidence(source_id=sid, quote="q")]))
        md = exported(s, "markdown")
    html = markdown_it.MarkdownIt("commonmark").render(md)
    parsed = _Html()
    parsed.feed(html)
    assert parsed.hrefs == ["https://afp.com/a_(b)"]  # the only real link, whole with its parentheses
    for marker, source in (("[^1]", "Source: Reuters"), ("[^2]", "AFP"), ("[^3]", "Source: bbc.co.uk/x")):
        assert re.search(rf"<p>{re.escape(marker)}: {re.escape(source)}", html), (marker, html)
    assert render(md)[0].count("<li id=\"fn") == 3  # GitHub and Python-Markdown: still three footnotes


def test_a_right_to_left_override_in_a_headline_stays_in_the_headline(tmp_path):
    """A headline pasted from a social media post held an unclosed right-to-left override (U+202E): in the
    Markdown bullet it reversed the rest of the line as well, so the place and the source marker read backwards."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "bidi.sqlite") as s:
        s.save_event(Event(FuzzyDate("2017-09-01"), "Strike \u202eon Aleppo", location="Aleppo \u2067حلب",
                           status="confirmed"))
        md = exported(s, "markdown")
    line = next(x for x in md.splitlines() if x.startswith("- "))
    # (the place, with Arabic letters, is isolated as a whole too: FSI … PDI)
    assert line == "- **1 September 2017** — Strike \u202eon Aleppo\u202c — \u2068Aleppo \u2067حلب\u2069\u2069"


def test_markdown_structure_dates_places_and_footnotes(store):
    md = exported(store, "markdown")
    assert md.startswith("# Syria &amp; beyond: a \\*test\\* chronology\n")
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["## The 1990s", "## 2011", "## 2014", "## 2016", "## 2017", "## 2018"]
    assert ("- **1 September 2017** — Syrian Army ousts ISIS from Uqairabat — Uqairabat, Hama, Syria — 13 (13–15) "
            "killed (according to Syrian Observatory for Human Rights)[^1][^3]") in md
    for human in ("March 2011", "14–15 September 2017", "Since January 2017", "The week of 28 August 2017",
                  "Summer 2014", "c. May 2016"):
        assert f"- **{human}** — " in md
    html, _ = render(md)
    assert 'href="https://www.reuters.com/article/syria-uqairabat"' in html
    assert "published 5 September 2017" in html
    assert "ev-08" not in md and "Check the toll" not in md  # no ids or private notes in a publication


def test_markdown_puts_month_headings_in_dense_years(store, monkeypatch):
    monkeypatch.setattr(export, "DENSE_YEAR", 3)
    md = exported(store, "markdown")
    section = md.split("## 2017\n")[1].split("## 2018")[0]
    assert "### January 2017" in section and "### September 2017" in section
    assert section.index("### August 2017") < section.index("The week of 28 August") < section.index("### September")
    assert "### " not in md.split("## 2017\n")[0]  # sparse years stay flat
    render(md)


def test_markdown_never_files_a_season_or_quarter_under_the_month_before_it(tmp_path):
    """In a dense year, 'summer 2017' and 'Q3 2017' were listed under '### May 2017' (the last day's
    month heading), so the published chronology said they happened in May."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "dense.sqlite") as s:
        for i in range(14):
            s.save_event(Event(FuzzyDate(f"2017-{i % 5 + 1:02d}-{i + 1:02d}"), f"Day {i}", status="confirmed"))
        for value, headline in (("2017-SU", "Summer offensive"), ("2017-Q3", "Third-quarter talks"),
                                ("2017-H2", "Second-half drought"), ("2017", "The whole year")):
            s.save_event(Event(FuzzyDate(value), headline, status="confirmed"))
        s.save_event(Event(FuzzyDate("2017-09-14", "2017-09-15"), "September talks", status="confirmed"))
        md = exported(s, "markdown")
    headings = re.findall(r"^#+ .*|^- .*", md, re.M)
    heading_of = {}
    for line in headings:
        if line.startswith("#"):
            current = line
        else:
            heading_of[line.split(" — ")[1]] = current
    assert heading_of["The whole year"] == "## 2017"
    assert heading_of["Summer offensive"] == "### Summer 2017"
    assert heading_of["Second-half drought"] == "### Second half of 2017"
    assert heading_of["Third-quarter talks"] == "### Q3 2017"
    assert heading_of["September talks"] == "### September 2017"
    assert heading_of["Day 4"] == "### May 2017"
    render(md)


# --- TimelineJS ------------------------------------------------------------------------------
# The sheet columns of Knight Lab's template, as read by extractEventFromCSVObject() in
# NUKnightLab/TimelineJS3 src/js/core/ConfigFactory.js.
TIMELINEJS3_SHEET = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                     "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                     "Background"]


def test_timelinejs_json_dates_keep_only_the_known_precision(store):
    data = json.loads(exported(store, "timelinejs-json"))
    assert data["title"]["text"]["headline"] == "Syria &amp; beyond: a *test* chronology"
    slides = {s["unique_id"]: s for s in data["events"]}
    assert slides["ev-01-day"]["start_date"] == {"year": "2017", "month": "9", "day": "1"}
    assert "end_date" not in slides["ev-01-day"]
    assert slides["ev-02-month"]["start_date"] == {"year": "2011", "month": "3"}
    assert slides["ev-03-year"]["start_date"] == {"year": "2014"}
    assert slides["ev-04-range"]["end_date"] == {"year": "2017", "month": "9", "day": "15"}
    assert "end_date" not in slides["ev-05-open"]
    assert slides["ev-09-decade"]["start_date"] == {"year": "1990"} and slides["ev-09-decade"]["end_date"] == {"year": "1999"}
    assert slides["ev-10-season"]["end_date"] == {"year": "2014", "month": "8"}
    assert slides["ev-01-day"]["group"] == "battle"
    evil = slides["ev-08-injection"]
    assert "<script>" not in evil["text"]["text"] and "&lt;script&gt;" in evil["text"]["text"]
    assert "javascript:" not in json.dumps([s["text"] for s in data["events"]]).replace("(javascript:alert(1))", "")
    assert "notes" not in evil["chronoapp"]  # private notes never go into a publication
    for s in data["events"]:  # TimelineJS accepts only integer strings (validDateConfig)
        for d in (s["start_date"], s.get("end_date", {})):
            assert all(v.isdigit() for v in d.values())


def test_timelinejs_display_dates_read_as_headings(store):
    """A slide's date is its heading: 'since January 2017', 'summer 2014' and 'the 1990s' showed in lower
    case above headlines, beside 'March 2011' and '14–15 September 2017'."""
    expected = {"ev-02-month": "March 2011", "ev-04-range": "14–15 September 2017", "ev-05-open": "Since January 2017",
                "ev-09-decade": "The 1990s", "ev-10-season": "Summer 2014"}
    slides = {s["unique_id"]: s for s in json.loads(exported(store, "timelinejs-json"))["events"]}
    assert {k: slides[k]["display_date"] for k in expected} == expected
    rows = list(csv.DictReader(io.StringIO(exported(store, "timelinejs-csv"), newline="")))
    sheet = {r["Display Date"] for r in rows}
    assert set(expected.values()) <= sheet and "c. May 2016" in sheet  # 'c.' stays as it is written


def test_timelinejs_says_an_open_ended_event_has_no_known_end(tmp_path):
    """'Since March 2014' went out as a point on 1 March 2014 with nothing in the slide saying it had not ended
    there. No end is made up (neither the day of export nor the last report, which a span would show as its
    end): the slide stays at its start and says that no end is known and when it was last reported."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event, Evidence, Source

    with Store(tmp_path / "db.sqlite") as s:
        early, late = (s.add_source(Source(outlet="AP", title=f"Siege, {day}", published=day, text=f"On {day} the siege goes on."))
                       for day in ("2016-01-10", "2017-09-05"))
        s.save_event(Event(FuzzyDate("2014-03", None), "Siege", status="confirmed", id="siege",
                           evidence=[Evidence(source_id=late, quote="The siege goes on."),
                                     Evidence(source_id=early, quote="The siege goes on.")]))
        s.save_event(Event(FuzzyDate("2014", None), "Unsourced", status="confirmed", id="bare"))
        s.save_event(Event(FuzzyDate("2014"), "Year", status="confirmed", id="year"))
        slides = {x["unique_id"]: x for x in json.loads(exported(s, "timelinejs-json"))["events"]}
        sheet = {r["Headline"]: r for r in csv.DictReader(io.StringIO(exported(s, "timelinejs-csv"), newline=""))}
    siege = slides["siege"]
    assert siege["start_date"] == {"year": "2014", "month": "3"} and "end_date" not in siege
    assert siege["display_date"] == "Since March 2014"
    assert "No end is known; last reported 5 September 2017." in siege["text"]["text"]
    assert "No end is known." in slides["bare"]["text"]["text"]
    assert "last reported" not in slides["bare"]["text"]["text"] and "No end" not in slides["year"]["text"]["text"]
    row = sheet["Siege"]
    assert (row["Year"], row["Month"], row["End Year"]) == ("2014", "3", "")
    assert "No end is known; last reported 5 September 2017." in row["Text"]


def test_timelinejs_sheet_matches_the_template(store):
    rows = list(csv.reader(io.StringIO(exported(store, "timelinejs-csv"), newline="")))
    assert rows[0] == TIMELINEJS3_SHEET
    table = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert table[0]["Type"] == "title" and table[0]["Year"] == ""
    by_head = {r["Headline"]: r for r in table[1:]}
    r = by_head["Astana talks agree de-escalation zones"]
    assert (r["Year"], r["Month"], r["Day"], r["End Year"], r["End Month"], r["End Day"]) == ("2017", "9", "14", "2017", "9", "15")
    r = by_head["Summer offensive in Anbar"]
    assert (r["Year"], r["Month"], r["Day"], r["End Month"]) == ("2014", "6", "", "8")
    assert any(h.startswith("&#61;HYPERLINK") for h in by_head)  # see the test below


def test_timelinejs_sheet_keeps_formulas_out_with_html_not_a_visible_quote():
    """TimelineJS reads its Google Sheet's values as HTML, so the sheet's guard against formulas is a character
    reference: the one-quote prefix of the other CSV formats could show on the slide ('=x' read \'=x), and a
    headline that opens with a quote came out with two. No cell starts with a formula character or a quote, and
    what the slide shows (the HTML unescaped) is the headline as written."""
    import html

    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    headlines = ['=HYPERLINK("http://evil.example","x")', "'We will not leave': Mariupol holds", "+1 killed",
                 "-Minus Brigade attacks", "@handle claims raid", "Shelling of Kharkiv"]
    out = io.StringIO()
    export.write_timelinejs_csv([Event(FuzzyDate("2022-03-01"), h, status="confirmed") for h in headlines], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))[1:]
    assert [html.unescape(r["Headline"]) for r in rows] == headlines
    assert not any(r[k].startswith(("=", "+", "-", "@", "'", "\t", "\r")) for r in rows for k in r)
    assert rows[-1]["Headline"] == "Shelling of Kharkiv"  # safe text untouched


# --- ACLED -----------------------------------------------------------------------------------
def test_acled_columns_dates_and_precision(store):
    rows = csv_rows(exported(store, "acled"))
    assert list(rows[0]) == list(export.ACLED_COLUMNS)
    by_note = {r["notes"].split(".")[0]: r for r in rows}
    day = by_note["Syrian Army ousts ISIS from Uqairabat"]
    assert (day["event_date"], day["year"], day["time_precision"], day["event_type"]) == ("2017-09-01", "2017", "1", "Battles")
    assert (day["actor1"], day["actor2"], day["source"], day["fatalities"]) == ("Syrian Army", "ISIS", "Reuters; Al Jazeera", "13")
    assert (day["latitude"], day["admin1"]) == ("35.0306", "Hama")
    rng = by_note["Astana talks agree de-escalation zones"]
    assert (rng["event_date"], rng["time_precision"], rng["event_type"], rng["sub_event_type"]) == \
        ("2017-09-14", "2", "Strategic developments", "Other")
    assert "Also involved: Turkey." in rng["notes"]
    week = by_note["Ceasefire talks at a café in Genève — São Tomé envoy joins"]
    assert (week["event_date"], week["time_precision"]) == ("2017-08-31", "2")
    month = by_note['Protests in Daraa spread to "Damascus", Homs and Baniyas']
    assert (month["event_date"], month["time_precision"], month["event_type"]) == ("2011-03-16", "3", "Protests")
    assert by_note["Siege of Deir ez-Zor airbase continues"]["time_precision"] == "3"
    assert "Date as reported" not in day["notes"] + rng["notes"] + week["notes"] + month["notes"]


def test_acled_has_one_location_per_row_and_names_the_other_places_in_the_notes(tmp_path):
    """An event at 'Aleppo; Idlib' (places typed as the app writes lists) went out with that whole text as one
    ACLED location, which no gazetteer matches. ACLED codes one location per row; one row per place would count
    the dead twice, so the first place fills the location columns and the others are named in the notes."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        s.save_event(Event(FuzzyDate("2017-09-01"), "Air strikes hit two towns", status="confirmed", fatalities=9,
                           location="Aleppo; Idlib ;Maarat al-Numan", country="Syria", actors=["A", "B", "C"]))
        s.save_event(Event(FuzzyDate("2017-09-02"), "Shelling", status="confirmed", location="Douma, Rif Dimashq"))
        rows = {r["notes"].split(".")[0]: r for r in csv_rows(exported(s, "acled"))}
    strikes = rows["Air strikes hit two towns"]
    assert (strikes["location"], strikes["country"], strikes["fatalities"]) == ("Aleppo", "Syria", "9")
    assert strikes["notes"] == "Air strikes hit two towns. Also involved: C. Also at: Idlib, Maarat al-Numan."
    assert (rows["Shelling"]["location"], rows["Shelling"]["notes"]) == ("Douma, Rif Dimashq", "Shelling")  # one place


def test_an_events_other_places_go_out_in_every_format_and_come_back_from_the_own_ones(tmp_path):
    """Places beside the event's location: their own CSV column and JSON field (read back on import), after the
    region and country in Markdown and TimelineJS, in ACLED's notes (the location stays the one place)."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        s.save_event(Event(FuzzyDate("2021-08-12"), "Drones strike Debre Tabor", status="confirmed",
                           location="Debre Tabor", admin1="Amhara", country="Ethiopia",
                           other_places=["Woldia", "Gondar"]))
        texts = {fmt: exported(s, fmt) for fmt in ("csv", "acled", "markdown", "timelinejs-csv", "timelinejs-json")}
    [row] = csv_rows(texts["csv"])
    assert (row["location"], row["other_places"]) == ("Debre Tabor", "Woldia; Gondar")
    [acled] = csv_rows(texts["acled"])
    assert (acled["location"], acled["admin1"]) == ("Debre Tabor", "Amhara")
    assert acled["notes"] == "Drones strike Debre Tabor. Also at: Woldia, Gondar."
    assert "Drones strike Debre Tabor — Debre Tabor, Amhara, Ethiopia; also Woldia, Gondar" in texts["markdown"]
    assert "Debre Tabor, Amhara, Ethiopia; also Woldia, Gondar" in texts["timelinejs-csv"]
    for fmt, suffix in (("csv", ".csv"), ("timelinejs-json", ".json")):
        path = tmp_path / f"back{suffix}"
        path.write_text(texts[fmt], encoding="utf-8")
        with Store(tmp_path / f"{fmt}.sqlite") as s:
            import_file(s, path)
            assert [e.other_places for e in s.query()] == [["Woldia", "Gondar"]], fmt


def test_acled_notes_quote_how_the_article_wrote_a_vague_date(tmp_path):
    """'late 2016' is stored as 2016 (no date can be a third of a year) and its words kept as written; ACLED's
    notes said 'Date as reported: 2016.', which is not how it was reported."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        for date, headline, written in ((FuzzyDate("2016"), "Late", "late 2016"), (FuzzyDate("2016"), "Plain", "2016"),
                                        (FuzzyDate("2016-09-02"), "Day", "on Friday"),
                                        (FuzzyDate("2014", None), "Open", "since  2014")):
            s.save_event(Event(date, headline, status="confirmed", date_text=written))
        notes = {r["notes"].split(".")[0]: r["notes"] for r in csv_rows(exported(s, "acled"))}
    assert notes["Late"] == "Late. Date as reported: 2016 (\u201clate 2016\u201d)."
    assert notes["Plain"] == "Plain. Date as reported: 2016."
    assert notes["Day"] == "Day"  # the columns say it
    assert notes["Open"] == "Open. Date as reported: since 2014."


def test_acled_notes_keep_the_part_of_a_month_or_week_the_article_named(tmp_path):
    """'The RSF shelled El Fasher in early March': the engine reads the month, which ACLED's columns say (the 16th,
    precision 3), and the notes said nothing of 'early', so the row read as any day of March. A day needs no such
    words ('late on Friday' is a time of day)."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        for date, headline, written in ((FuzzyDate("2011-03"), "Early", "early March"),
                                        (FuzzyDate("2011-03"), "Month", "in March"),
                                        (FuzzyDate("2017-W37"), "Week", "at the end of last week"),
                                        (FuzzyDate("2017-09-15"), "Day", "late on Friday")):
            s.save_event(Event(date, headline, status="confirmed", date_text=written))
        rows = {r["notes"].split(".")[0]: (r["event_date"], r["time_precision"], r["notes"])
                for r in csv_rows(exported(s, "acled"))}
    assert rows["Early"] == ("2011-03-16", "3", "Early. Date as reported: March 2011 (\u201cearly March\u201d).")
    assert rows["Month"][2] == "Month" and rows["Day"][2] == "Day"
    assert rows["Week"][1:] == ("2", "Week. Date as reported: the week of 11 September 2017 (\u201cat the end of last "
                                     "week\u201d).")


def test_a_timelinejs_file_imported_into_another_chronology_keeps_how_each_date_was_worked_out(tmp_path):
    """A colleague imports the TimelineJS export into a chronology of their own: the reason the engine (or the
    editor) gave each date and the engine's confidence, which the CSV export keeps, were lost."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    reason = "weekday before the publication date (Sat 16 Sep 2017), past tense"
    with Store(tmp_path / "db.sqlite") as s:
        s.save_event(Event(FuzzyDate("2017-09-13"), "Troops enter Jarablus", status="confirmed", date_text="Wednesday",
                           date_reason=reason, confidence=0.8))
        export_to_file(s, EventQuery(), "timelinejs-json", tmp_path / "timeline.json")
    with Store(tmp_path / "colleague.sqlite") as fresh:
        assert import_file(fresh, tmp_path / "timeline.json").errors == []
        [e] = fresh.query()
    assert (e.date_text, e.date_reason, e.confidence) == ("Wednesday", reason, 0.8)


@pytest.mark.parametrize("date, written, reported", [
    ("199", "1990s", "the 1990s"), ("18", "19th century", "the 19th century"),
    ("2017/2018", "2017-2018", "2017\u20132018"), ("2016", "Late 2016", "2016 (\u201cLate 2016\u201d)")])
def test_acled_notes_quote_the_articles_words_only_when_they_say_more_than_the_date(tmp_path, date, written,
                                                                                      reported):
    """'1990s' typed (or written) came back as 'Date as reported: the 1990s (“1990s”).': the same words, told twice."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    start, _, end = date.partition("/")
    with Store(tmp_path / "db.sqlite") as s:
        s.save_event(Event(FuzzyDate(start, end or start), "E", status="confirmed", date_text=written))
        [row] = csv_rows(exported(s, "acled"))
    assert row["notes"] == f"E. Date as reported: {reported}."


def test_acled_notes_say_a_date_its_columns_cannot(tmp_path):
    """ACLED's time_precision stops at 3, 'within the month': an event of the 1990s went out as 1994-12-31 with
    precision 3, one 'since March 2014' as 2014-03-01, and 'c. 2014' as mid-2014, with nothing saying so."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        for date, headline in ((FuzzyDate("199"), "Decade"), (FuzzyDate("2014-03", None), "Open"),
                               (FuzzyDate("2014", approximate=True), "About"), (FuzzyDate("2014-03"), "Month"),
                               (FuzzyDate("2014-03-01", approximate=True), "Day")):
            s.save_event(Event(date, headline, status="confirmed"))
        notes = {r["notes"].split(".")[0]: (r["event_date"], r["time_precision"], r["notes"])
                 for r in csv_rows(exported(s, "acled"))}
    assert notes["Decade"] == ("1994-12-31", "3", "Decade. Date as reported: the 1990s.")
    assert notes["Open"] == ("2014-03-01", "3", "Open. Date as reported: since March 2014.")
    assert notes["About"][2] == "About. Date as reported: c. 2014."
    assert notes["Day"] == ("2014-03-01", "1", "Day. Date as reported: c. 1 March 2014.")
    assert notes["Month"] == ("2014-03-16", "3", "Month")  # what precision 3 says


def test_early_mid_and_late_go_out_in_their_words_in_every_format_and_come_back(tmp_path):
    """'early 2012' is stored as the approximate January–April 2012: every export says 'early 2012' where it shows
    the date (not 'c. January–April 2012', nor a day), with only the months or days it stands for in its fields."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        for typed in ("early 2012", "mid-October 2023"):
            s.save_event(Event(FuzzyDate.parse(typed), f"E {typed}", status="confirmed", date_text=typed))
        rows = {r["headline"]: r for r in csv_rows(exported(s, "csv"))}
        assert [(r["date_start"], r["date_end"], r["approximate"], r["date_display"]) for r in rows.values()] == [
            ("2012-01", "2012-04", "true", "early 2012"), ("2023-10-11", "2023-10-20", "true", "mid-October 2023")]
        assert "- **Early 2012** \u2014 E early 2012" in exported(s, "markdown")
        slides = json.loads(exported(s, "timelinejs-json"))["events"]
        assert [(e["start_date"], e["end_date"], e["display_date"]) for e in slides] == [
            ({"year": "2012", "month": "1"}, {"year": "2012", "month": "4"}, "Early 2012"),
            ({"year": "2023", "month": "10", "day": "11"}, {"year": "2023", "month": "10", "day": "20"},
             "Mid-October 2023")]
        assert [r["Display Date"] for r in csv_rows(exported(s, "timelinejs-csv"))[1:]] == ["Early 2012",
                                                                                         "Mid-October 2023"]
        assert [(r["event_date"], r["time_precision"], r["notes"]) for r in csv_rows(exported(s, "acled"))] == [
            ("2012-03-01", "3", "E early 2012. Date as reported: early 2012."),
            ("2023-10-15", "3", "E mid-October 2023. Date as reported: mid-October 2023.")]
        export_to_file(s, EventQuery(), "csv", tmp_path / "out.csv")
    with Store(tmp_path / "fresh.sqlite") as fresh:
        assert import_file(fresh, tmp_path / "out.csv").errors == []
        assert [e.date.display() for e in fresh.query()] == ["early 2012", "mid-October 2023"]


# --- round trips -----------------------------------------------------------------------------
def comparable(store: Store, e, skip=()) -> dict:
    d = dataclasses.asdict(dataclasses.replace(e, evidence=[]))
    for k in skip:
        d.pop(k)
    sources = []
    for ev in e.evidence:
        s = store.get_source(ev.source_id)
        sources.append((s.outlet, s.title, s.url, s.published, ev.quote, ev.fatalities, ev.attribution))
    d["sources"] = sources
    return d


@pytest.mark.parametrize("fmt, skip", [
    ("csv", ()),
    ("timelinejs-json", ("date_reason", "notes", "confidence")),  # private fields stay out of publications
])
def test_round_trip_into_a_fresh_file_gives_the_same_events(store, tmp_path, fmt, skip):
    path = tmp_path / f"out{export.FORMATS[fmt][1]}"
    assert export_to_file(store, EventQuery(status=ALL_STATUSES), fmt, path, bom=True) == len(events())
    with Store(tmp_path / "fresh.sqlite") as fresh:
        report = import_file(fresh, path)
        assert report.errors == [] and len(report.added) == len(events())
        before = {e.id: comparable(store, e, skip) for e in store.query(with_evidence=True)}
        after = {e.id: comparable(fresh, e, skip) for e in fresh.query(with_evidence=True)}
        assert after == before
        again = import_file(fresh, path)
        assert (again.added, again.updated, len(again.unchanged)) == ([], [], len(events()))


def test_reimporting_an_edited_csv_updates_the_event_and_keeps_history(store, tmp_path):
    path = tmp_path / "out.csv"
    export_to_file(store, EventQuery(), "csv", path)
    path.write_bytes(path.read_bytes().replace(b"Astana talks agree de-escalation zones", b"Astana talks end"))
    report = import_file(store, path)
    assert report.updated == ["ev-04-range"] and len(report.unchanged) == len(events()) - 1
    assert store.get_event("ev-04-range").headline == "Astana talks end"
    last = store.history("ev-04-range")[-1]
    assert last["action"] == "imported" and last["changes"]["headline"] == ["Astana talks agree de-escalation zones",
                                                                             "Astana talks end"]
    assert store.get_event("ev-01-day").evidence[0].start == 10  # offsets of evidence already stored survive


def test_importing_a_csv_without_source_columns_keeps_the_stored_sources(store, tmp_path):
    path = write(tmp_path, "id,date_start,headline\nev-01-day,2017-09-01,Uqairabat retaken\n")
    report = import_file(store, path)
    assert report.updated == ["ev-01-day"]
    event = store.get_event("ev-01-day")
    assert event.headline == "Uqairabat retaken" and [ev.id for ev in event.evidence] == ["evd-01a", "evd-01b"]
    assert event.fatalities == 13 and event.notes == "Check the toll with SOHR."  # columns not in the file are kept


def test_importing_a_minimal_hand_made_csv(tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text("headline,date_display,source_outlet,quote\nTruce declared,14-15 September 2017,BBC,\"A truce, finally\"\n",
                    encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as s:
        report = import_file(s, path)
        (e,) = s.query(with_evidence=True)
        assert report.added == [e.id] and e.date.display() == "14–15 September 2017" and e.status == "confirmed"
        assert s.get_source(e.evidence[0].source_id).outlet == "BBC" and e.evidence[0].quote == "A truce, finally"


def test_the_plan_of_an_import_writes_nothing_and_says_what_the_import_then_does(tmp_path):
    """What the import dialog tells before importing: checked against the file, without writing its new sources."""
    path = tmp_path / "hand.csv"
    path.write_text("id,headline,date_start,source_outlet,quote\nx,Truce declared,2017-09-14,BBC,A truce\n"
                    "y,Talks,2017-09-20,BBC,Talks\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as s:
        plan = export.import_plan(s, export.read_file(path))
        assert (plan.added, plan.updated, plan.unchanged) == (["x", "y"], [], [])
        assert s.db.execute("SELECT count(*) FROM source").fetchone()[0] == 0 and s.count() == 0
        import_file(s, path)
        path.write_text(path.read_text(encoding="utf-8").replace("Talks,", "Talks end,", 1), encoding="utf-8")
        plan = export.import_plan(s, export.read_file(path))
        report = import_file(s, path)
        assert (plan.added, plan.updated, plan.unchanged) == (report.added, report.updated, report.unchanged) == (
            [], ["y"], ["x"])


def test_a_csv_saved_by_a_european_excel_imports(tmp_path):
    """Excel in much of Europe saves CSV with semicolons (and a hand-made header may be capitalised):
    the export, edited and saved in Excel, was refused as 'wrong columns'."""
    with Store(tmp_path / "db.sqlite") as s:
        out = tmp_path / "out.csv"
        export_to_file(build(tmp_path / "src.sqlite"), EventQuery(), "csv", out, bom=True)
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
        buf = io.StringIO()
        lat = rows[0].index("latitude")
        csv.writer(buf, delimiter=";").writerows([r[:lat] + [r[lat].replace(".", ",")] + r[lat + 1:] for r in rows])
        excel = tmp_path / "excel.csv"
        excel.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
        report = import_file(s, excel)
        assert not report.errors and len(report.added) == len(rows) - 1
        assert s.get_event("ev-01-day").latitude == 35.0306  # written 35,0306 by Excel
        hand = tmp_path / "hand.csv"
        hand.write_text("Headline;Date_Start;Location\r\n\"Strike; 5 dead\";2016-09-19;Idlib\r\n", encoding="utf-8")
        report = import_file(s, hand)
        (e,) = [s.get_event(i) for i in report.added]
        assert (e.headline, e.date.start, e.location) == ("Strike; 5 dead", "2016-09-19", "Idlib")


EXCEL_SHEET = "id,headline,date_start,actors\r\nx1,Café “talks” – 5 € in Zürich,2017-09-01,Ahrar al-Sham; YPG\r\n"


@pytest.mark.parametrize("encoded, note", [
    (EXCEL_SHEET.encode("utf-8"), ""),
    (EXCEL_SHEET.encode("utf-8-sig"), ""),  # "CSV UTF-8"
    (codecs.BOM_UTF16_LE + EXCEL_SHEET.replace(",", "\t").encode("utf-16-le"), ""),  # "Unicode Text"
    (codecs.BOM_UTF16_BE + EXCEL_SHEET.encode("utf-16-be"), ""),
    (EXCEL_SHEET.encode("utf-16-le"), "in.csv does not say its encoding: read as UTF-16"),
    # Windows' "CSV (Comma delimited)", a Mac's "Comma Separated Values": the guess is named, with the words it read
    (EXCEL_SHEET.encode("cp1252"), "in.csv is not UTF-8: read as Windows-1252 (“Café”, “Zürich”); if those letters"),
    (EXCEL_SHEET.encode("mac_roman"), "in.csv is not UTF-8: read as Mac Roman (“Café”, “Zürich”); if those letters"),
], ids=["utf-8", "utf-8-bom", "unicode-text", "utf-16-be", "utf-16-no-bom", "windows-1252", "mac-roman"])
def test_a_csv_in_any_encoding_excel_saves_imports_and_a_guess_is_said(empty, tmp_path, encoded, note):
    """Excel's "CSV (Comma delimited)" (Windows-1252) and "Unicode Text" (UTF-16, tab-separated) were refused as
    'not UTF-8 text'; the user had to find the "CSV UTF-8" entry among Excel's formats."""
    path = tmp_path / "in.csv"
    path.write_bytes(encoded)
    parsed = export.read_file(path)
    assert parsed.note.startswith(note) and bool(parsed.note) == bool(note)
    report = export.import_parsed(empty, parsed)
    assert report.added == ["x1"] and not report.errors
    e = empty.get_event("x1")
    assert (e.headline, e.actors, e.date.start) == ("Café “talks” – 5 € in Zürich", ["Ahrar al-Sham", "YPG"], "2017-09-01")


def test_letters_a_code_page_lacks_keep_their_stored_form_and_real_edits_are_imported(empty, tmp_path):
    """A sheet saved in Windows-1252 writes what it lacks as '?' or the bare letter ('Ş' as 'S'): such a copy of
    a stored name keeps the stored one; a real edit of the same event is taken."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    empty.save_event(Event(FuzzyDate("2017-09-01"), "Ştefan Dăscălescu visits Kyiv / Київ", id="x", location="Київ",
                           description="Talks in café", status="confirmed"))
    path = tmp_path / "in.csv"
    path.write_bytes("id,date_start,headline,location,description\r\n"
                     "x,2017-09-01,Stefan Dascalescu visits Kyiv / ????,????,Talks in a café\r\n".encode("cp1252"))
    report = import_file(empty, path)
    e = empty.get_event("x")
    assert (e.headline, e.location, e.description) == ("Ştefan Dăscălescu visits Kyiv / Київ", "Київ", "Talks in a café")
    assert report.updated == ["x"] and report.kept == ["x"]
    # in UTF-8 the accents were taken off on purpose
    path.write_text("id,date_start,headline,location\r\nx,2017-09-01,Stefan Dascalescu visits Kyiv / Київ,Kyiv\r\n",
                    encoding="utf-8")
    assert import_file(empty, path).kept == []
    assert (empty.get_event("x").headline, empty.get_event("x").location) == ("Stefan Dascalescu visits Kyiv / Київ",
                                                                              "Kyiv")


def test_a_header_retyped_by_hand_is_read_whatever_its_case_spacing_or_separator(empty, tmp_path):
    """A header with one column renamed by hand ('Date Start' beside 'headline') was refused as 'wrong columns', and a
    tab-separated sheet whose header named a column with a comma was split at the comma."""
    path = tmp_path / "in.csv"
    path.write_text("\ufeffheadline,  Date Start ,EVENT_TYPE\nRaid,2017-09-01,battle\n", encoding="utf-8-sig")
    assert import_file(empty, path).added and empty.query()[0].event_type == "battle"
    path.write_text("Headline\tdate_start\tNotes, private\nShelling, then a raid\t2017-09-02\tcheck, twice\n",
                    encoding="utf-16")
    report = import_file(empty, path)
    (e,) = [empty.get_event(i) for i in report.added]
    assert (e.headline, e.date.start, e.notes) == ("Shelling, then a raid", "2017-09-02", "")


def test_the_separator_line_excel_understands_is_read_not_taken_for_the_header(tmp_path, capsys):
    """'sep=;' on the first line tells Excel the separator (tools write it for Excel users); the import took it for
    the header and refused the file as 'wrong columns'."""
    path = write(tmp_path, "sep=;\r\nheadline;date_start;location\r\nRaid, then shelling;2017-09-01;Idlib\r\n"
                           "Bad;2017-02-30;Hama\r\n")
    db = tmp_path / "war.sqlite"
    code, out, err = run(capsys, "import", db, path)
    assert code == 1 and out.startswith("row 3: bad date")  # as Excel numbers it: the hint line is hidden
    assert "1 added" in err
    with Store(db) as s:
        assert [(e.headline, e.location) for e in s.query()] == [("Raid, then shelling", "Idlib")]
    path.write_bytes(b"sep=;\rheadline;date_start\rSiege lifted, at last;2017-09-05\r")  # "CSV (Macintosh)": CR alone
    assert run(capsys, "import", db, path)[0] == 0
    with Store(db) as s:
        assert "Siege lifted, at last" in [e.headline for e in s.query()]


def test_dates_a_spreadsheet_rewrote_are_read_back_or_refused_with_the_cause(tmp_path):
    """Opened and saved in a spreadsheet, date_start '2017-09-01' comes back as '2017-09-01 00:00:00' (LibreOffice,
    pandas) or '01/09/2017' / 'Mar-11' (Excel). The first was refused although it names one day; the others were
    refused as 'not a calendar date value', which did not say why or what to do."""
    path = tmp_path / "sheet.csv"
    path.write_text("headline,date_start,date_end\nA,2017-09-01 00:00:00,2017-09-01 00:00:00\nB,01/09/2017,01/09/2017\n"
                    "C,Mar-11,Mar-11\nD,2017-9-2,\nE,2017/09/03,2017/9/4\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as s:
        report = import_file(s, path)
        assert [(e.date.start, e.date.end) for e in s.query()] == [("2017-09-01", "2017-09-01"), ("2017-09-02", "2017-09-02"),
                                                                   ("2017-09-03", "2017-09-04")]  # year first: plain
        lines = report.lines()
        assert lines[0].startswith("row 3: bad date") and lines[1].startswith("row 4: bad date")
        assert all("spreadsheet" in line and "as Text" in line for line in lines[:2]), lines


def test_a_month_a_spreadsheet_wrote_as_its_first_day_stays_a_month(tmp_path):
    """LibreOffice (or pandas) reads date_start '2014-03' as a date and saves '2014-03-01 00:00:00'. Imported back,
    'March 2014' became '1 March 2014' and 'since March 2014' 'since 1 March 2014': an exact day nobody
    reported, after a round trip through a spreadsheet to correct a typo. The precision column says it was a month."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        for date, headline in ((FuzzyDate("2014-03"), "Siege"), (FuzzyDate("2014-03", None), "Blockade"),
                               (FuzzyDate("2014-03", "2014-05"), "Offensive"), (FuzzyDate("2014-03-01"), "Raid"),
                               (FuzzyDate("2014-03", "2014-05-01"), "Push")):
            s.save_event(Event(date, headline, status="confirmed", id=headline.lower()))
        before = {e.id: e.date for e in s.query()}
        path = tmp_path / "chronology.csv"
        export_to_file(s, EventQuery(), "csv", path)
        # every cell the spreadsheet read as a date, saved back as it does
        sheet = re.sub(r"(?<=,)(\d{4}-\d{2})(-\d{2})?(?=,)", lambda m: f"{m[1]}{m[2] or '-01'} 00:00:00",
                       path.read_text(encoding="utf-8-sig"))
        assert ",2014-03-01 00:00:00,2014-05-01 00:00:00," in sheet
        path.write_text(sheet, encoding="utf-8")
        report = import_file(s, path)
        assert not report.errors and len(report.unchanged) == 5
        assert {e.id: e.date for e in s.query()} == before


def test_coordinates_off_the_globe_are_refused_row_by_row(tmp_path):
    """A latitude of 200 (longitude and latitude swapped, a typo) or 'inf' / 'nan' from a spreadsheet was imported
    as it was, and the ACLED export handed it on to the researcher's map."""
    path = tmp_path / "coords.csv"
    path.write_text("headline,date_start,latitude,longitude\nA,2017,200,37\nB,2017,nan,36\nC,2017,35,inf\n"
                    "D,2017,35.2,-37.1\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as s:
        report = import_file(s, path)
        assert [e.headline for e in s.query()] == ["D"]
        assert [line.split(":")[0] for line in report.lines()[:3]] == ["row 2", "row 3", "row 4"]
        assert "not on the globe" in report.lines()[0]


def test_a_toll_in_a_sheet_is_read_with_its_thousands_and_a_decimal_is_refused(tmp_path):
    """'12,0' (a European spreadsheet's decimal comma) was imported as a toll of 120 and '1,5' as 15; '1.400'
    (thousands grouped with a dot) was refused."""
    path = tmp_path / "tolls.csv"
    path.write_text('headline,date_start,fatalities\nA,2017,"1,400"\nB,2017,1.400\nC,2017,"12,0"\nD,2017,"1,5"\n',
                    encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as s:
        report = import_file(s, path)
        assert sorted((e.headline, e.fatalities) for e in s.query()) == [("A", 1400), ("B", 1400)]
        assert [line.split(":")[0] for line in report.lines()[:2]] == ["row 4", "row 5"]


# --- malformed input -------------------------------------------------------------------------
GOOD = "id,date_start,headline,event_type,fatalities\n"


def write(tmp_path, text, name="in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def empty(tmp_path):
    s = Store(tmp_path / "target.sqlite")
    yield s
    s.close()


def test_bad_rows_are_reported_and_good_rows_imported(empty, tmp_path):
    path = write(tmp_path, GOOD + "a,2017-09-01,Good one,battle,3\n"
                 "b,2017-13-45,Bad month,battle,\n"
                 "c,2017-09-02,,battle,\n"
                 "d,2017-09-03,Bad toll,battle,many\n"
                 "e,2017-09-04,Bad type,skirmish,\n"
                 "f,2017-09-05,Too many cells,battle,1,extra\n"
                 "g,2017-09-06,Good two,,\n")
    report = import_file(empty, path)
    assert report.added == ["a", "g"]
    rows = {e.row: e.reason for e in report.errors}
    assert list(rows) == [3, 4, 5, 6, 7]
    assert "2017-13-45" in rows[3] and "headline is empty" in rows[4] and "'many'" in rows[5]
    assert "skirmish" in rows[6] and "6 cells but the header has 5" in rows[7]
    assert report.lines()[0].startswith("row 3: bad date")
    assert sorted(e.id for e in empty.query()) == ["a", "g"]


def test_strict_mode_imports_nothing_when_a_row_fails(empty, tmp_path):
    path = write(tmp_path, GOOD + "a,2017-09-01,Good one,battle,3\nb,not a date,Bad,battle,\n")
    report = import_file(empty, path, strict=True)
    assert report.imported == 0 and [e.row for e in report.errors] == [3]
    assert "nothing imported" in report.summary()
    assert empty.count() == 0


def test_broken_quoting_reports_the_row_and_keeps_earlier_rows(empty, tmp_path):
    path = write(tmp_path, GOOD + 'a,2017-09-01,Fine,battle,\nb,2017-09-02,"Unclosed quote,battle,\nc,2017-09-03,Lost,battle,\n')
    report = import_file(empty, path)
    assert [e.row for e in report.errors] == [3] and "not valid CSV" in report.errors[0].reason
    assert [e.id for e in empty.query()] == ["a"]


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"name,when\nx,2017\n", "wrong columns"),
    ("Year,Month,Headline\n2017,9,x\n".encode(), "TimelineJS spreadsheet"),
    pytest.param(bytes(range(256)) * 8, "not a text file", id="binary"),  # a picture or a PDF picked by mistake
    pytest.param(codecs.BOM_UTF16_LE + "headline,date_start\n".encode("utf-16-le")[:-1],
                 "starts as UTF-16 text but is not", id="damaged-utf-16"),
    # a chronology or an Excel workbook picked by mistake was called "not UTF-8 text" (no hint what to do)
    (b"SQLite format 3\x00" + bytes(100), "chronology file.*merge it instead"),
    (b"PK\x03\x04" + bytes(100), "spreadsheet workbook.*CSV UTF-8"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "spreadsheet workbook"),
])
def test_unusable_csv_files_raise_one_clear_error(empty, tmp_path, content, message):
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    with pytest.raises(ExportError, match=message):
        import_file(empty, path)
    assert empty.count() == 0


def test_timelinejs_json_from_elsewhere_and_bad_slides(empty, tmp_path):
    data = {"title": {"text": {"headline": "x"}}, "events": [
        {"start_date": {"year": "1943", "month": "7"}, "end_date": {"year": "1946"},
         "text": {"headline": "<b>ENIAC</b> women", "text": "<p>First &amp; <a href='x'>best</a></p>"}, "group": "context"},
        {"start_date": {"year": 2017, "month": 9, "day": 1}, "text": {"headline": "Numbers work too"}},
        {"text": {"headline": "No date"}},
        {"start_date": {"year": "2017", "month": "sept"}, "text": {"headline": "Word month"}},
        {"start_date": {"year": "-500"}, "text": {"headline": "BC"}},
    ]}
    path = write(tmp_path, json.dumps(data), "tl.json")
    report = import_file(empty, path)
    assert [e.row for e in report.errors] == [3, 4, 5] and report.unit == "event"
    assert "no start_date" in report.errors[0].reason and "'sept'" in report.errors[1].reason
    got = {e.headline: e for e in empty.query()}
    assert got["ENIAC women"].date.display() == "July 1943 – 1946" and got["ENIAC women"].description == "First & best"
    assert got["ENIAC women"].event_type == "context"
    assert got["Numbers work too"].date.start == "2017-09-01"


@pytest.mark.parametrize("text, message", [("{not json", "not valid JSON"), ('{"title": {}}', "no \"events\" list")])
def test_unusable_json_raises_one_clear_error(empty, tmp_path, text, message):
    with pytest.raises(ExportError, match=message):
        import_file(empty, write(tmp_path, text, "x.json"))


def test_import_into_a_read_only_chronology_is_refused(store, tmp_path):
    from chronoapp.core.store import StoreError

    path = write(tmp_path, GOOD + "a,2017,One,,\n")
    with Store(store.path, readonly=True) as readonly, pytest.raises(StoreError, match="read-only"):
        import_file(readonly, path)


def test_import_is_one_transaction(empty, tmp_path, monkeypatch):
    path = write(tmp_path, GOOD + "a,2017,One,,\nb,2018,Two,,\nc,2019,Three,,\n")
    real, calls = empty.save_event, []

    def failing(event, **kw):
        calls.append(event.id)
        if len(calls) == 3:
            raise OSError("disk unplugged")
        return real(event, **kw)

    monkeypatch.setattr(empty, "save_event", failing)
    with pytest.raises(OSError):
        import_file(empty, path)
    assert empty.count() == 0 and empty.db.execute("SELECT count(*) FROM source").fetchone()[0] == 0



def test_import_reports_progress_every_few_rows_and_at_the_end(empty, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "PROGRESS_EVERY", 2)
    path = write(tmp_path, GOOD + "".join(f"e{i},2017-09-0{i},Event {i},battle,\n" for i in range(1, 6)))
    calls = []
    report = export.import_parsed(empty, export.read_file(path), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 5), (2, 5), (4, 5), (5, 5)]
    assert len(report.added) == 5 and empty.count() == 5

# --- atomic files ----------------------------------------------------------------------------
def test_unwritable_paths_give_a_clear_error_and_no_file(store, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_to_file(store, EventQuery(), "csv", tmp_path / "missing" / "out.csv")
    assert not (tmp_path / "missing").exists()
    with pytest.raises(ExportError, match="is a folder"):
        export_to_file(store, EventQuery(), "csv", tmp_path)


def test_a_failed_write_leaves_no_partial_file_and_keeps_the_old_one(store, tmp_path, monkeypatch):
    target = tmp_path / "out.md"
    target.write_text("previous export", encoding="utf-8")

    def broken_writer(*args, **kwargs):
        args[1].write("# half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export.WRITERS, "markdown", broken_writer)
    with pytest.raises(ExportError, match="No space left on device"):
        export_to_file(store, EventQuery(), "markdown", target)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md", "war.sqlite", "war.sqlite-shm", "war.sqlite-wal"]


def test_a_failed_rename_removes_the_temp_file(store, tmp_path, monkeypatch):
    def deny(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export.os, "replace", deny)
    with pytest.raises(ExportError, match="Permission denied"):
        export_to_file(store, EventQuery(), "acled", tmp_path / "out.csv")
    assert not any(p.name.startswith(".out.csv") or p.name == "out.csv" for p in tmp_path.iterdir())


def test_exported_files_get_normal_permissions(store, tmp_path):
    path = tmp_path / "out.json"
    export_to_file(store, EventQuery(), "timelinejs-json", path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


# --- CLI -------------------------------------------------------------------------------------
def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_to_stdout_and_file_with_filters(store, tmp_path, capsys):
    db = store.path
    code, out, _ = run(capsys, "export", db, "--format", "csv", "--type", "battle")
    assert code == 0 and {r["id"] for r in csv_rows(out)} == {"ev-01-day", "ev-05-open", "ev-10-season"}
    code, _, err = run(capsys, "export", db, "--format", "markdown", "--from", "2017", "-o", tmp_path / "c.md",
                       "--title", "Since 2017")
    assert code == 0 and "exported 5 events" in err
    text = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert text.startswith("# Since 2017\n") and "## 2011" not in text
    code, _, err = run(capsys, "export", db, "--format", "acled", "-o", tmp_path / "nope" / "x.csv")
    assert code == 1 and err.startswith("chronoapp: cannot write") and len(err.splitlines()) == 1


def test_cli_list_csv_and_export_csv_share_one_writer(store, capsys):
    _, listed, _ = run(capsys, "list", store.path, "--format", "csv", "--status", "confirmed")
    _, exported_, _ = run(capsys, "export", store.path, "--format", "csv", "--status", "confirmed")
    assert listed == exported_ and "Reuters" in listed


def test_cli_import_reports_rows_and_strict(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    path = write(tmp_path, GOOD + "a,2017,One,,\nb,20x7,Two,,\n")
    code, out, err = run(capsys, "import", db, path, "--strict")
    assert code == 1 and out.startswith("row 3: bad date") and "nothing imported" in err
    assert Store(db).count() == 0
    code, out, err = run(capsys, "import", db, path)
    assert code == 1 and "row 3" in out and "1 added" in err
    path.write_text(GOOD + "a,2017,One,,\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", db, path)
    assert code == 0 and "1 unchanged" in out
    code, _, err = run(capsys, "import", db, tmp_path / "nothing.csv")
    assert code == 1 and "cannot read" in err
    # a file that is not a chronology sheet is named, for a script importing a folder of files
    for name, content in (("empty.csv", ""), ("notes.txt", "On Friday, rebels shelled Aleppo.\r\n")):
        (tmp_path / name).write_text(content, encoding="utf-8")
        code, _, err = run(capsys, "import", db, tmp_path / name)
        assert code == 1 and err.startswith(f"chronoapp: {tmp_path / name}: "), err


# --- property: any text survives the CSV round trip ----------------------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
_line = _text.map(str.strip).filter(bool)
_name = _line.filter(lambda s: ";" not in s)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headline=_line, description=_text, notes=_text, actors=st.lists(_name, max_size=3), quote=_text,
       outlet=_line)
def test_any_text_survives_the_csv_round_trip(headline, description, notes, actors, quote, outlet):
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event, Evidence, Source

    src = Source(id="s", outlet=outlet)
    event = Event(date=FuzzyDate("2017-09"), headline=headline, description=description, notes=notes,
                  actors=actors, evidence=[Evidence(source_id="s", quote=quote)])
    out = io.StringIO(newline="")
    export.write_events_csv([event], out, {"s": src})
    for cell in next(iter(csv.reader(io.StringIO(out.getvalue()[out.getvalue().index("\r\n") + 2:], newline="")))):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    parsed = export.parse_csv(out.getvalue())
    assert parsed.errors == []
    ((_, back, refs),) = parsed.events
    assert (back.headline, back.description, back.notes, back.actors) == (headline, description, notes, actors)
    assert (back.evidence[0].quote, refs[0].outlet) == (quote, outlet)


def test_an_imported_quote_from_an_article_in_the_chronology_points_at_its_sentence(tmp_path):
    """A colleague's CSV names an article already in the chronology (same link): the imported quote had no
    offsets, so the review could not mark its sentence and the day's events lost the article's order."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event, Evidence, Source

    text = "Rebels shelled Kafr Nabl on Monday. Hours later, the army retook Tal Rifaat."
    with Store(tmp_path / "mine.sqlite") as s:
        src = s.add_source(Source(outlet="Wire", url="https://w.org/1", title="T", published="2023-10-17", text=text))
        s.save_event(Event(FuzzyDate("2023-10-16"), "Army retakes Tal Rifaat", id="zz-mine",
                           evidence=[Evidence(src, "Hours later, the army retook Tal Rifaat.", 36, 76)]))
    path = write(tmp_path, "id,date_start,headline,source_url,quote\n"
                           "aa-colleague,2023-10-16,Kafr Nabl shelled,https://w.org/1,Rebels shelled Kafr Nabl on Monday.\n"
                           "bb-elsewhere,2023-10-16,Not in it,https://w.org/1,This sentence is not in the article.\n")
    with Store(tmp_path / "mine.sqlite") as s:
        import_file(s, path)
        ev = s.get_event("aa-colleague").evidence[0]
        assert ev.source_id == src and (ev.start, ev.end) == (0, 35) and text[ev.start:ev.end] == ev.quote
        assert s.get_event("bb-elsewhere").evidence[0].start is None  # never a guessed place
        assert [e.id for e in s.query()] == ["aa-colleague", "zz-mine", "bb-elsewhere"]  # the article's order


@pytest.mark.parametrize("fmt", ["markdown", "timelinejs-json", "timelinejs-csv", "acled"])
def test_a_published_format_leaves_out_rejected_events_unless_asked_for(store, fmt):
    """'chronoapp export war.sqlite --format markdown' (and File > Export with 'Any status') published the events
    the editor had rejected as wrong, side by side with the confirmed ones. CSV, the full record, keeps them."""
    marker = "Minus Brigade" if fmt == "acled" else "evil.example"  # only in the rejected event
    assert marker not in exported(store, fmt, EventQuery())
    assert marker in exported(store, fmt, EventQuery(status="rejected"))
    assert "ev-08-injection" in exported(store, "csv", EventQuery())
    assert export.exported_query(EventQuery(), fmt).status == ("candidate", "confirmed")
    assert export.exported_query(EventQuery(), "csv").status == ""


def test_a_partial_file_left_by_a_killed_export_is_cleared_by_the_next_one(store, tmp_path):
    """An export killed half-way (the app closed, the machine slept) kept the good file but left a hidden
    '.chronology.md.xxxx.part' of up to the whole export's size beside it, for good."""
    target = tmp_path / "chronology.md"
    target.write_text("the good old file", encoding="utf-8")
    stale = tmp_path / ".chronology.md.k1ll3d.part"
    stale.write_text("half an export", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    running = tmp_path / ".chronology.md.n0wrun.part"  # another export writing right now: left alone
    running.write_text("being written", encoding="utf-8")
    other = tmp_path / ".notes.md.k1ll3d.part"  # not this file's
    other.write_text("x", encoding="utf-8")
    os.utime(other, (old, old))
    export_to_file(store, EventQuery(), "markdown", target)
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert not stale.exists() and running.exists() and other.exists()


def test_a_read_only_export_is_not_replaced(store, tmp_path):
    """A published chronology the editor made read-only (to keep that version) was silently replaced: the new
    file is renamed over it, which a read-only file does not prevent."""
    target = tmp_path / "published.md"
    target.write_text("the version we published", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(ExportError, match="read-only"):
        export_to_file(store, EventQuery(), "markdown", target)
    assert target.read_text(encoding="utf-8") == "the version we published"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


@pytest.mark.parametrize("count, line", [(1, "<p>1 event</p>"), (1204, "<p>1,204 events</p>")])
def test_the_timelinejs_title_slide_counts_events_in_plain_english(count, line):
    """A one-event timeline opened on '1 events'; a long one on '1204 events'."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    events = [Event(FuzzyDate("2017-09-01"), f"Event {i}", status="confirmed") for i in range(count)]
    assert export.timelinejs_json(events, title="War")["title"]["text"]["text"] == line
    out = io.StringIO()
    export.write_timelinejs_csv(events, out, title="War")
    assert list(csv.reader(io.StringIO(out.getvalue())))[1][10] == line


def test_a_text_too_long_for_a_spreadsheet_cell_is_cut_and_said_never_spilled(tmp_path, capsys):
    """A quote of pages selected by hand, or a report pasted as description, longer than the 32,767 characters an
    Excel cell holds: Excel cut it silently, or spilled the rest into the rows below, shifting every column after
    it. Every CSV format cuts such a text where it says so, and the export names it; Markdown and JSON keep it."""
    from chronoapp.core.model import Event, Evidence, Source
    from chronoapp.core.dates import FuzzyDate

    limit = export.SPREADSHEET_CELL
    quote = "Shelling went on. \U0001F4A5 " * 3000  # 60,000 characters, an emoji counting twice in a spreadsheet
    path = tmp_path / "long.sqlite"
    with Store(path) as store:
        src = store.add_source(Source(outlet="Wire", text=quote))
        store.save_event(Event(FuzzyDate("2017-09-01"), "Siege of Douma", status="confirmed", description=quote,
                               evidence=[Evidence(source_id=src, quote=quote, start=0, end=len(quote))]))
        store.save_event(Event(FuzzyDate("2017-09-02"), "Short one", status="confirmed"))
        for fmt, columns in (("csv", len(export.CSV_COLUMNS)), ("acled", len(export.ACLED_COLUMNS)),
                             ("timelinejs-csv", len(export.TIMELINEJS_COLUMNS))):
            cut: list[str] = []
            out = io.StringIO()
            assert export_events(store, EventQuery(), fmt, out, cut=cut) == 2
            rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
            assert {len(r) for r in rows} == {columns}  # no row spilled, none shifted
            cells = [c for r in rows for c in r]
            assert all(len(c.encode("utf-16-le")) // 2 <= limit for c in cells)
            long = [c for c in cells if "more characters cut here" in c]
            assert long and cut and len(cut) == len(long)
            assert all(c.endswith("the full text is in the chronology]") for c in long)
            if fmt == "timelinejs-csv":  # HTML: not cut inside a tag or an entity
                assert all(re.search(r"<[^>]*$|&\w*$", c.split(" [\u2026")[0]) is None for c in long)
        cut = []
        export_events(store, EventQuery(), "csv", io.StringIO(), cut=cut)
        assert cut == ["description of “Siege of Douma”", "quote of “Siege of Douma”"]
        for fmt in ("markdown", "timelinejs-json"):
            out = io.StringIO()
            export_events(store, EventQuery(), fmt, out, cut=cut)
            assert "more characters cut" not in out.getvalue()
    # the command line says so, in one line on standard error
    code = main(["export", str(path), "--format", "csv", "-o", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code == 0 and "2 texts longer than a spreadsheet cell holds (32,767 characters) were cut" in err
    assert "quote of “Siege of Douma”" in err
    # and the file still imports: the cut texts come back as cut, marked
    with Store(tmp_path / "again.sqlite") as again:
        assert import_file(again, tmp_path / "out.csv").imported == 2


def test_a_csv_with_a_cell_over_128_kib_imports_whole(tmp_path):
    """A CSV from another tool (or a spreadsheet) with a whole report in one cell: the import stopped at that row,
    'field larger than field limit (131072)', and read nothing after it."""
    import csv as csv_module

    default = csv_module.field_size_limit(131072)  # as in a fresh process
    try:
        report = "The siege went on. " * 12000  # 228,000 characters
        path = tmp_path / "big.csv"
        path.write_text(f"date_start,headline,description\n2017-09-01,Siege,{report}\n2017-09-02,After,short\n",
                        encoding="utf-8")
        with Store(tmp_path / "war.sqlite") as store:
            assert import_file(store, path).imported == 2
            assert [len(e.description) for e in store.query()] == [len(report), len("short")]
    finally:
        csv_module.field_size_limit(max(default, csv_module.field_size_limit()))


def test_a_timelinejs_slide_with_text_and_no_headline_imports_named_by_its_first_sentence(tmp_path):
    """TimelineJS shows a slide with only text; importing such a timeline refused it ('the headline is empty'),
    so a colleague's timeline came in with holes. A slide with neither stays refused."""
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps({"events": [
        {"start_date": {"year": "2017", "month": "9"}, "text": {"text": "<p>Rebels shell <b>Idlib</b>. Nine die.</p>"}},
        {"start_date": {"year": "2017"}, "text": {"headline": ""}, "media": {"url": "photo.jpg"}},
    ]}), encoding="utf-8")
    with Store(tmp_path / "war.sqlite") as store:
        report = import_file(store, path)
        assert report.imported == 1 and [e.row for e in report.errors] == [2]
        [event] = store.query()
        assert (event.headline, event.description) == ("Rebels shell Idlib.", "Rebels shell Idlib. Nine die.")


def test_acled_fatalities_take_the_lowest_reported_figure_and_the_notes_keep_the_rest(tmp_path):
    """ACLED codes the most conservative figure reported. A toll stored as a range ('8-23 killed') or a floor
    ('at least 13') went out with an empty fatalities cell, which ACLED's tools and analysts read as no deaths
    counted, and nothing in the row said a toll was reported at all."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        for headline, best, low, high in (("Range", None, 8, 23), ("Floor", None, 13, None), ("Ceiling", None, None, 40),
                                          ("Best and range", 1400, 281, 1729), ("Exact", 9, None, None),
                                          ("Unknown", None, None, None)):
            s.save_event(Event(FuzzyDate("2017-09-01"), headline, status="confirmed", fatalities=best,
                               fatalities_low=low, fatalities_high=high))
        rows = {r["notes"].split(".")[0]: (r["fatalities"], r["notes"]) for r in csv_rows(exported(s, "acled"))}
    assert rows["Range"] == ("8", "Range. Fatalities as reported: 8\u201323.")
    assert rows["Floor"] == ("13", "Floor. Fatalities as reported: at least 13.")
    assert rows["Ceiling"] == ("", "Ceiling. Fatalities as reported: up to 40.")  # no floor: none is made up
    assert rows["Best and range"] == ("1400", "Best and range. Fatalities as reported: 1,400 (281\u20131,729).")
    assert rows["Exact"] == ("9", "Exact") and rows["Unknown"] == ("", "Unknown")


def test_import_and_merge_summaries_group_thousands_as_every_other_count(tmp_path, capsys):
    """'Done: 1200 added' beside '1,200 events' everywhere else in the app and on the command line."""
    rows = tmp_path / "many.csv"
    rows.write_text("headline,date_start\n" + "".join(f"Event {i},2017-09-01\n" for i in range(1200)) + "x,2017-13\n")
    assert main(["import", str(tmp_path / "ours.sqlite"), str(rows)]) == 1  # one row cannot be read
    out, err = capsys.readouterr()
    assert "1,200 added, 0 updated, 0 unchanged; 1 row failed" in out + err
    assert main(["init", str(tmp_path / "theirs.sqlite")]) == 0
    assert main(["merge", str(tmp_path / "theirs.sqlite"), str(tmp_path / "ours.sqlite")]) == 0
    out, err = capsys.readouterr()
    assert "1,200 added, 0 updated, 0 unchanged, 0 flagged" in out + err


def test_a_timelinejs_slide_states_a_toll_given_as_a_bound_or_a_range(tmp_path):
    """'at least 4 killed' or '8-23 killed' stored without a best figure: the published slide said nothing of the dead
    (only a single best figure was written), so the toll the editor entered vanished from the timeline."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        for headline, best, low, high in (("Floor", None, 4, None), ("Range", None, 8, 23), ("Ceiling", None, None, 40),
                                          ("Best", 1400, None, None), ("Unknown", None, None, None)):
            s.save_event(Event(FuzzyDate("2017-09-01"), headline, status="confirmed", location="Daraa",
                               fatalities=best, fatalities_low=low, fatalities_high=high))
        slides = {e["text"]["headline"]: e["text"]["text"] for e in json.loads(exported(s, "timelinejs-json"))["events"]}
        sheet = {r["Headline"]: r["Text"] for r in csv_rows(exported(s, "timelinejs-csv"))}
    for texts in (slides, sheet):
        assert texts["Floor"] == "<p>Daraa · at least 4 killed</p>"
        assert texts["Range"] == "<p>Daraa · 8\u201323 killed</p>"
        assert texts["Ceiling"] == "<p>Daraa · up to 40 killed</p>"
        assert texts["Best"] == "<p>Daraa · 1,400 killed</p>"
        assert texts["Unknown"] == "<p>Daraa</p>"


def test_a_markdown_chronology_gives_each_toll_as_reported(tmp_path):
    """The Markdown chronology (for a CMS) gave date, headline and place, never the dead: a toll entered in the
    review form ('at least 4', with who gives it) was in every other export but not in the published page."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event

    with Store(tmp_path / "db.sqlite") as s:
        s.save_event(Event(FuzzyDate("2011-03"), "Protesters shot in Daraa", location="Daraa", status="confirmed",
                           fatalities_low=4, attribution="Human Rights Watch"))
        s.save_event(Event(FuzzyDate("2011-04"), "Troops enter Daraa", location="Daraa", status="confirmed"))
        lines = [ln for ln in exported(s, "markdown").splitlines() if ln.startswith("- ")]
    assert lines == ["- **March 2011** — Protesters shot in Daraa — Daraa — at least 4 killed (according to Human "
                     "Rights Watch)",
                     "- **April 2011** — Troops enter Daraa — Daraa"]


def one_day_told_against_id_order(path) -> list[str]:
    """Three events of one day from one article, their ids in the reverse of the order the article tells them;
    returns their headlines in the article's order."""
    from chronoapp.core.dates import FuzzyDate
    from chronoapp.core.model import Event, Evidence, Source

    text = "Shelling hit Douma at dawn. Then rebels shot down a jet. Later a convoy reached Harasta."
    told = ["Shelling hit Douma", "Rebels shot down a jet", "Convoy reached Harasta"]
    with Store(path) as s:
        sid = s.add_source(Source(outlet="AP", title="A day in Ghouta", published="2017-09-05", text=text))
        for event_id, headline, quote in zip(("c", "b", "a"), told, text.split(". ")):
            start = text.index(quote)
            s.save_event(Event(id=event_id, date=FuzzyDate("2017-09-04"), headline=headline, status="confirmed",
                               evidence=[Evidence(sid, quote, start, start + len(quote))]))
        assert [e.headline for e in s.query()] == told
    return told


@pytest.mark.parametrize("fmt", ["csv", "timelinejs-json"])
def test_a_day_of_one_article_keeps_its_order_through_an_export_into_a_fresh_file(tmp_path, fmt):
    """The article's text does not travel with an export, so an import into a new file cannot find where each
    quote is: the day's events came back by id, a random order. They come back in the order of the file's rows,
    which the export wrote in the chronology's order, and stay so when the file is imported again."""
    told = one_day_told_against_id_order(tmp_path / "war.sqlite")
    path = tmp_path / f"out{export.FORMATS[fmt][1]}"
    with Store(tmp_path / "war.sqlite") as s:
        export_to_file(s, EventQuery(), fmt, path)
    with Store(tmp_path / "fresh.sqlite") as fresh:
        assert import_file(fresh, path).errors == []
        assert [e.headline for e in fresh.query()] == told
        import_file(fresh, path)
        assert [e.headline for e in fresh.query()] == told
        assert [e.headline for e in fresh.query(EventQuery(descending=True))] == told[::-1]
