"""The extraction snapshot (benchmarks/snapshot.py) that shows a change's side effects field by field."""
import json

from benchmarks.snapshot import diff, main

ARTICLE = {"published": "2017-09-05",
           "text": "On Friday, the Syrian Army ousted ISIS from Uqairabat, killing 12 fighters."}


def test_a_snapshot_holds_every_timex_and_event_and_a_diff_names_the_changed_field(tmp_path, capsys):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "01_syria.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    out = tmp_path / "snap.json"
    assert main([str(out), str(corpus)]) == 0
    before = json.loads(out.read_text(encoding="utf-8"))
    doc = before["news/01_syria.json"]
    assert [t["value"] for t in doc["timexes"]] == ["2017-09-01"]
    assert doc["events"][0]["locations"] == ["Uqairabat"]

    assert diff(before, before) == 0
    after = json.loads(json.dumps(before))
    after["news/01_syria.json"]["events"][0]["fatalities"] = 13
    after["news/01_syria.json"]["timexes"].clear()
    capsys.readouterr()
    assert diff(before, after) == 2
    shown = capsys.readouterr().out
    assert "fatalities: 12 -> 13" in shown
    assert "- timex 3:9 'Friday' DATE 2017-09-01" in shown
