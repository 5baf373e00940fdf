"""Exports and imports of chronologies (CSV, Markdown, TimelineJS, ACLED-style)."""
from __future__ import annotations

import csv
from typing import TextIO

from chronoapp.core.model import Event, event_to_dict

CSV_COLUMNS = ("id", "date_start", "date_end", "precision", "date_display", "headline", "description",
               "event_type", "actors", "location", "fatalities", "attribution", "status")


def write_events_csv(events: list[Event], out: TextIO) -> None:
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for e in events:
        d = event_to_dict(e)
        d["actors"] = "; ".join(d["actors"])
        w.writerow([d[c] if d[c] is not None else "" for c in CSV_COLUMNS])
