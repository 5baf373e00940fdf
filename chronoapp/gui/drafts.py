"""Unsaved form state kept on disk (data_dir()/drafts.json) so a crash never loses typing.

The review form saves its state under a key (debounced) and clears it once the event is saved;
on the next start, leftover drafts are offered back. Writes are atomic (temp file + os.replace),
so a crash mid-write leaves the previous file intact; an unreadable file is ignored, never fatal.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from chronoapp.gui import paths

log = logging.getLogger(__name__)


def _file() -> Path:
    return paths.data_dir() / "drafts.json"


def load_drafts() -> dict[str, dict]:
    """Every saved draft by key; {} when there is none or the file cannot be read."""
    path = _file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # ValueError covers bad JSON and bad UTF-8
        log.warning("ignoring unreadable drafts file %s: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        log.warning("ignoring drafts file %s: not a JSON object", path)
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def _write(drafts: dict[str, dict]) -> bool:
    text = json.dumps(drafts, ensure_ascii=False, indent=1)  # a TypeError here is a caller bug
    path = _file()
    try:
        fd, tmp = tempfile.mkstemp(prefix=".drafts-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:  # full disk, read-only profile: keep the app running
        log.warning("could not save drafts to %s: %s", path, exc)
        return False
    return True


def save_draft(key: str, state: dict) -> bool:
    """Store (or replace) the draft under `key`; state must be JSON-serialisable. False if not written."""
    drafts = load_drafts()
    drafts[key] = state
    return _write(drafts)


def clear_draft(key: str) -> bool:
    drafts = load_drafts()
    if key not in drafts:
        return True
    del drafts[key]
    return _write(drafts)
