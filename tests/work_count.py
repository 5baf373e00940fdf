"""Work counted, not timed: the function calls (Python and built-in) that one call makes.

A unit test that asserts seconds flakes on a busy machine. The calls a deterministic function
makes on a given input are the same on every machine and grow as its work grows, so a test can
say "twice the text, at most about twice the work" (no work that grows faster than the text).
Speed itself is measured in benchmarks/ (timex_speed, extract_speed)."""
from __future__ import annotations

import sys


def calls_made(fn, *args, **kwargs) -> tuple[int, object]:
    """(number of function calls fn(*args, **kwargs) made, its result)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    before = sys.getprofile()
    sys.setprofile(profile)
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.setprofile(before)
    return count, result
