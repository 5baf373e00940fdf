"""Every field extraction gives on a set of documents, saved to compare before and after a change.

    python -m benchmarks.snapshot OUT.json DIR [DIR ...]     # TimeML .tml or conflict-news .json files
    python -m benchmarks.snapshot --diff BEFORE.json AFTER.json

A scorer counts matches; this shows every timex and event candidate that changed, field by field,
so a rule's side effects on documents it was not written for are seen before it lands (and a
speed-up can be shown byte-identical).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

from benchmarks.corpora import read_dir
from chronoapp.core.extract import extract


def snapshot(dirs: list[str]) -> dict[str, dict]:
    out = {}
    for d in dirs:
        for doc in read_dir(d):
            result = extract(doc.text, doc.dct).to_dict()
            out[f"{os.path.basename(os.path.normpath(d))}/{doc.name}"] = {
                "timexes": result["timexes"], "events": result["events"]}
    return out


_LABEL = {"timexes": "timex", "events": "event"}


def _key(kind: str, item: dict) -> str:
    return f"{item['start']}:{item['end']}" + (f" {item['text']!r}" if kind == "timexes" else "")


def _keyed(kind: str, items: list[dict]) -> dict[str, dict]:
    """Items by span; a second item on the same span (two events from one clause) gets '#2'."""
    out: dict[str, dict] = {}
    seen: Counter[str] = Counter()
    for x in items:
        k = _key(kind, x)
        seen[k] += 1
        out[k if seen[k] == 1 else f"{k}#{seen[k]}"] = x
    return out


def diff(before: dict, after: dict) -> int:
    """Print what changed per document; returns the number of changed items."""
    changed = 0
    for doc in sorted(set(before) | set(after)):
        a, b = before.get(doc, {}), after.get(doc, {})
        lines = []
        for kind in ("timexes", "events"):
            old, new = _keyed(kind, a.get(kind, [])), _keyed(kind, b.get(kind, []))
            for k in sorted(set(old) | set(new), key=lambda s: int(s.split(":")[0])):
                if k not in new:
                    lines.append(f"  - {_LABEL[kind]} {k} {_brief(old[k])}")
                elif k not in old:
                    lines.append(f"  + {_LABEL[kind]} {k} {_brief(new[k])}")
                elif old[k] != new[k]:
                    fields = [f"{f}: {old[k].get(f)!r} -> {new[k].get(f)!r}"
                              for f in sorted(set(old[k]) | set(new[k])) if old[k].get(f) != new[k].get(f)]
                    lines.append(f"  ~ {_LABEL[kind]} {k} " + "; ".join(fields))
        if lines:
            print(doc)
            print("\n".join(lines))
            changed += len(lines)
    print(f"{changed} changed item(s) in {len(set(before) | set(after))} document(s)")
    return changed


def _brief(item: dict) -> str:
    if "value" in item:
        return f"{item['type']} {item['value']}"
    return f"{item['date_start']}..{item['date_end']} [{item['event_type']}] {item['quote'][:100]!r}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="OUT.json DIR [DIR ...], or with --diff BEFORE.json AFTER.json")
    ap.add_argument("--diff", action="store_true", help="compare two snapshots")
    args = ap.parse_args(argv)
    if args.diff:
        if len(args.paths) != 2:
            ap.error("--diff takes two snapshot files")
        with open(args.paths[0], encoding="utf-8") as f, open(args.paths[1], encoding="utf-8") as g:
            return 1 if diff(json.load(f), json.load(g)) else 0
    if len(args.paths) < 2:
        ap.error("give the output file and at least one folder")
    out, *dirs = args.paths
    with open(out, "w", encoding="utf-8") as f:
        json.dump(snapshot(dirs), f, ensure_ascii=False, indent=0, sort_keys=True)
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
