"""Score event candidates against the gold events of conflict-news (the issue's matching rule).

    python -m benchmarks.event_eval /work/shared/corpus/conflict-news [--errors] [--held-out 09,10,11,12]

A gold event is found when a candidate points at its clause -- the quote contains the gold
keyword, or the candidate's span overlaps the sentence that contains it -- and its date_start
equals the gold start or an also_ok value; for stated ranges (end given, != start, not
end_optional) date_end must equal the gold end too. Candidates that find nothing are spurious.
Timex value accuracy: among gold events some candidate points at, how many got the right date.
Agreement (on found events): actors (any overlap, alias-aware), location (substring either
way, a country by any of its names, accents aside), event_type, fatalities (None == None).
Tuned and held-out files are reported apart.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
import unicodedata

from chronoapp.core.extract import extract
from chronoapp.core.extract import vocab as _vocab
from chronoapp.core.extract.entities import actor_key


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    """Plain sentence around pos: from the last [.!?] + space or line break before it to the next."""
    start = 0
    # (up to and with the keyword's first letter, so that a keyword opening a sentence starts it)
    for m in re.finditer(r"(?:[.!?][\"'\u201d]?\s+(?=[A-Z\"\u201c])|\n)", text[:pos + 1]):
        start = m.end()
    m = re.compile(r"[.!?][\"'\u201d]?(?=\s+[A-Z\"\u201c]|\s*$)|\n").search(text, pos)
    return start, m.end() if m else len(text)


def _points_at(c: dict, text: str, keyword: str) -> bool:
    if keyword in c["quote"]:
        return True
    pos = text.find(keyword)
    if pos < 0:
        return False
    s, e = _sentence_span(text, pos)
    return c["start"] < e and s < c["end"]


def _date_ok(c: dict, g: dict) -> bool:
    if c["date_start"] not in [g["start"], *g.get("also_ok", [])]:
        return False
    stated_range = g["end"] is not None and g["end"] != g["start"] and not g.get("end_optional")
    return not stated_range or c["date_end"] == g["end"]


def _actors_agree(cands: list[str], gold: list[str], vocab) -> bool:
    if not gold:
        return not cands
    for a in cands:
        ka = actor_key(a, vocab)
        for g in gold:
            kg = actor_key(re.sub(r"\s*\(.*?\)", "", g), vocab)
            if ka == kg or a.lower() in g.lower() or kg in a.lower() or ka in g.lower():
                return True
    return False


def _place_key(name: str, vocab) -> str:
    """One spelling of a place: a country's alias its one name ("Democratic Republic of Congo"), accents
    folded ("Culiacan" is "Culiacán" typed without them), lower case."""
    name = vocab.country_alias.get(name, name)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def _location_agrees(locs: list[str], gold: str | None, vocab) -> bool:
    if not gold:
        return not locs
    if not locs:
        return False
    a, b = _place_key(locs[0], vocab), _place_key(gold, vocab)
    return a in b or b in a


def score(path: str, names: list[str], show_errors: bool) -> dict:
    vocab = _vocab.load()
    t = dict(gold=0, found=0, cands=0, matched_cands=0, located=0, actors=0, location=0, type=0, fat=0, secs=0.0)
    for name in names:
        with open(os.path.join(path, name), encoding="utf-8") as f:
            doc = json.load(f)
        text, published = doc["text"], dt.date.fromisoformat(doc["published"][:10])
        t0 = time.perf_counter()
        result = extract(text, published).to_dict()
        t["secs"] += time.perf_counter() - t0
        cands = result["events"]
        used = set()
        for g in doc["events"]:
            t["gold"] += 1
            pointing = [i for i, c in enumerate(cands) if _points_at(c, text, g["keyword"])]
            hits = [i for i in pointing if _date_ok(cands[i], g)]
            t["located"] += bool(pointing)
            if hits:
                t["found"] += 1
                used.update(hits)
                c = cands[hits[0]]
                t["actors"] += _actors_agree(c["actors"], g["actors"], vocab)
                t["location"] += _location_agrees(c["locations"], g["location"], vocab)
                t["type"] += c["event_type"] == g["event_type"]
                t["fat"] += c["fatalities"] == g["fatalities"]
                if show_errors:
                    diffs = []
                    if not _actors_agree(c["actors"], g["actors"], vocab):
                        diffs.append(f"actors {c['actors']} vs {g['actors']}")
                    if not _location_agrees(c["locations"], g["location"], vocab):
                        diffs.append(f"location {c['locations']} vs {g['location']!r}")
                    if c["event_type"] != g["event_type"]:
                        diffs.append(f"type {c['event_type']} vs {g['event_type']}")
                    if c["fatalities"] != g["fatalities"]:
                        diffs.append(f"fatalities {c['fatalities']} vs {g['fatalities']}")
                    if diffs:
                        print(f"  ~ {name[:2]} {g['id']}: " + "; ".join(diffs))
            elif show_errors:
                got = [(cands[i]["date_start"], cands[i]["date_end"]) for i in pointing]
                print(f"  - {name[:2]} {g['id']} MISSED {g['start']}..{g['end']} {g['keyword']!r}"
                      + (f" (pointing candidates dated {got})" if got else " (no candidate there)"))
        t["cands"] += len(cands)
        t["matched_cands"] += len(used)
        if show_errors:
            for i, c in enumerate(cands):
                if i not in used:
                    print(f"  + {name[:2]} SPURIOUS {c['date_start']}..{c['date_end']} [{c['event_type']}] {c['quote'][:110]!r}")
    return t


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="folder with NN_slug.json files (gold events)")
    ap.add_argument("--errors", action="store_true", help="list misses, spurious candidates and disagreements")
    ap.add_argument("--held-out", default="09,10,11,12", help="comma-separated file prefixes not tuned on")
    a = ap.parse_args(argv)
    held = tuple(p.strip() for p in a.held_out.split(",") if p.strip())
    files = sorted(n for n in os.listdir(a.corpus) if re.match(r"\d\d_.*\.json$", n))
    if not files:
        print(f"no NN_*.json files in {a.corpus}", file=sys.stderr)
        return 1
    groups = [("tuned", [n for n in files if not n.startswith(held)]), ("held-out", [n for n in files if n.startswith(held)])]
    rows = []
    for label, names in groups:
        if not names:
            continue
        if a.errors:
            print(f"== {label}")
        t = score(a.corpus, names, a.errors)
        rows.append((label, len(names), t))
    print(f"{'set':<9} {'docs':>4} {'gold':>4} {'cands':>5} {'recall':>6} {'prec':>5} {'dateacc':>7} "
          f"{'actors':>6} {'place':>5} {'type':>5} {'fatal':>5} {'ms/doc':>6}")
    for label, n, t in rows:
        f = t["found"]
        print(f"{label:<9} {n:>4} {t['gold']:>4} {t['cands']:>5} {_ratio(f, t['gold']):>6} "
              f"{_ratio(t['matched_cands'], t['cands']):>5} {_ratio(f, t['located']):>7} {_ratio(t['actors'], f):>6} "
              f"{_ratio(t['location'], f):>5} {_ratio(t['type'], f):>5} {_ratio(t['fat'], f):>5} "
              f"{1000 * t['secs'] / n:>6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
