"""Speed of ``extract`` on a very large article and on normal ones.

    python -m benchmarks.extract_speed CONFLICT_NEWS_DIR TIMEBANK_DIR [--mb 5] [--repeat 1]

The large article is the conflict-news texts (*.txt) and the TimeBank plain texts, concatenated
(paragraph breaks between them) and repeated until it is --mb megabytes long. Prints the seconds
for ``extract`` on it (best of --repeat), on the texts pasted once as one (distinct text, per MB),
and the mean milliseconds per normal article (each corpus text on its own).
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import os
import sys
import time

from benchmarks.corpora import read_dir
from chronoapp.core.extract import extract
from chronoapp.core.extract import vocab as _vocab


def articles(news_dir: str, timebank_dir: str) -> list[str]:
    texts = []
    for path in sorted(glob.glob(os.path.join(news_dir, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    return texts + [d.text for d in read_dir(timebank_dir)]


def large_article(texts: list[str], size: int) -> str:
    parts, n = [], 0
    while n < size:
        for t in texts:
            parts.append(t)
            n += len(t) + 2
            if n >= size:
                break
    return "\n\n".join(parts)[:size]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("news_dir")
    ap.add_argument("timebank_dir")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args(argv)
    texts = articles(a.news_dir, a.timebank_dir)
    published = dt.date(2017, 9, 5)
    _vocab.load()  # loading the vocabularies is a one-off cost, not extraction
    extract(texts[0], published)

    t0 = time.perf_counter()
    for t in texts:
        extract(t, published)
    per_doc = (time.perf_counter() - t0) / len(texts)
    print(f"{len(texts)} normal articles: {per_doc * 1000:.1f} ms per article")

    # the texts pasted once, as one: a long paste of distinct news (the repeated paste below
    # meets the same sentences again and again, which flatters any per-text cache)
    once = "\n\n".join(texts)
    t0 = time.perf_counter()
    extract(once, published)
    took = time.perf_counter() - t0
    print(f"the {len(texts)} articles pasted once ({len(once) / 1e6:.2f} MB): {took:.2f} s, "
          f"{took / (len(once) / 1e6):.1f} s per MB")

    text = large_article(texts, int(a.mb * 1_000_000))
    best, n = float("inf"), 0
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        n = len(extract(text, published).events)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(text) / 1e6:.1f} MB article: {best:.2f} s ({n} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
