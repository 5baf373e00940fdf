"""TempEval-3 style scoring of chronoapp's temporal tagger.

    python -m benchmarks.timex_eval DIR [DIR...] [--only 09,10,11,12] [--half dev|test] [--errors]

DIR is a TBAQ-cleaned folder of .tml files or the conflict-news folder of .json files.
Pairing: gold and system timexes are paired one-to-one in text order on overlap (greedy).
Relaxed = paired, strict = paired with identical extent. Value F1 = value accuracy x relaxed F1.
Conflict-news: ``also_ok`` values count as right; ``optional`` gold items are ignored (a system
timex paired with one is neither a hit nor a false positive).
"""
from __future__ import annotations

import argparse
import os
import sys

from benchmarks.corpora import Doc, read_dir
from chronoapp.core.extract.timex import tag


def pair(gold, system):
    """Greedy one-to-one pairing on overlap, in text order. Returns [(g, s)] and leftovers."""
    pairs, used = [], set()
    for g in gold:
        for j, s in enumerate(system):
            if s.start >= g.end:
                break
            if j not in used and s.end > g.start:
                pairs.append((g, s))
                used.add(j)
                break
    paired_gold = {id(g) for g, _ in pairs}
    missed = [g for g in gold if id(g) not in paired_gold]
    spurious = [s for j, s in enumerate(system) if j not in used]
    return pairs, missed, spurious


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    return text[max(0, start - width):end + width].replace("\n", " ")


def score_docs(docs: list[Doc], errors: bool = False, out=sys.stdout) -> dict:
    n_gold = n_sys = relaxed = strict = type_ok = value_ok = 0
    for doc in docs:
        system = tag(doc.text, doc.dct)
        pairs, missed, spurious = pair(doc.gold, system)
        doc_err = []
        for g, s in pairs:
            if g.optional:
                continue
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            type_ok += g.type == s.type
            good = s.value == g.value or s.value in g.also_ok
            value_ok += good
            if errors and (not good or (g.start, g.end) != (s.start, s.end)):
                doc_err.append(f"  {'VALUE' if not good else 'SPAN '} gold {g.text!r} {g.type} {g.value}"
                               f"{' ' + '|'.join(g.also_ok) if g.also_ok else ''}"
                               f"  sys {s.text!r} {s.type} {s.value}  ({s.reason})"
                               + (f"\n        …{_context(doc.text, s.start, s.end, 80)}…" if not good else ""))
        gold_req = [g for g in doc.gold if not g.optional]
        n_gold += len(gold_req)
        n_sys += len(system) - sum(1 for g, _ in pairs if g.optional)
        if errors:
            for g in missed:
                if not g.optional:
                    doc_err.append(f"  MISS  {g.text!r} {g.type} {g.value}   …{_context(doc.text, g.start, g.end)}…")
            for s in spurious:
                doc_err.append(f"  FP    {s.text!r} {s.type} {s.value}   …{_context(doc.text, s.start, s.end)}…")
            if doc_err:
                print(f"{doc.name} (DCT {doc.dct})", file=out)
                print("\n".join(doc_err), file=out)
    p = lambda a, b: a / b if b else 0.0  # noqa: E731
    f = lambda pr, rc: 2 * pr * rc / (pr + rc) if pr + rc else 0.0  # noqa: E731
    sp, sr = p(strict, n_sys), p(strict, n_gold)
    rp, rr = p(relaxed, n_sys), p(relaxed, n_gold)
    rf = f(rp, rr)
    vacc = p(value_ok, relaxed)
    return dict(docs=len(docs), gold=n_gold, system=n_sys, strict_p=sp, strict_r=sr,
                strict_f1=f(sp, sr), relaxed_p=rp, relaxed_r=rr, relaxed_f1=rf,
                type_acc=p(type_ok, relaxed), value_acc=vacc, value_f1=vacc * rf)


def print_table(name: str, r: dict, out=sys.stdout) -> None:
    print(f"\n== {name}: {r['docs']} docs, gold {r['gold']}, system {r['system']}", file=out)
    print(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}", file=out)
    print(f"{'strict':10}{r['strict_p']:8.3f}{r['strict_r']:8.3f}{r['strict_f1']:8.3f}", file=out)
    print(f"{'relaxed':10}{r['relaxed_p']:8.3f}{r['relaxed_r']:8.3f}{r['relaxed_f1']:8.3f}", file=out)
    print(f"type accuracy {r['type_acc']:.3f}   value accuracy {r['value_acc']:.3f}   "
          f"value F1 {r['value_f1']:.3f}", file=out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--only", help="comma-separated filename prefixes to keep, e.g. 09,10,11,12")
    ap.add_argument("--half", choices=("dev", "test"),
                    help="score every other document only: 'dev' the 1st, 3rd, ... (tuned on), "
                         "'test' the 2nd, 4th, ... (held out)")
    ap.add_argument("--errors", action="store_true", help="print misses, false positives, wrong values")
    a = ap.parse_args(argv)
    only = set(a.only.split(",")) if a.only else None
    for d in a.dirs:
        docs = read_dir(d, only)
        if a.half:
            docs = docs[0 if a.half == "dev" else 1::2]
        r = score_docs(docs, errors=a.errors)
        label = os.path.basename(os.path.normpath(d)) + (f" [{a.only}]" if only else "") + (f" [{a.half}]" if a.half else "")
        print_table(label, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
