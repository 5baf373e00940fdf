"""Unsaved form state kept on disk (data_dir()/drafts.json) so a crash never loses typing.

The review form saves its state under a key (debounced) and clears it once the event is saved;
on the next start, leftover drafts are offered back. Writes are atomic (temp file + os.replace),
so a crash mid-write leaves the previous file intact; an unreadable file is ignored, never fatal.

Several windows, or several running chronoapps, share the file: each window is an owner (new_owner())
whose drafts carry its token in their key and their "owner" field, so two windows on the same chronology
never overwrite each other's draft, and a draft is offered back only once its owner has gone
(owner_alive). Every change re-reads the file under a lock, so two processes saving at once lose nothing.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import secrets
import sys
import tempfile
from pathlib import Path

from chronoapp.gui import paths

log = logging.getLogger(__name__)


def _file() -> Path:
    return paths.data_dir() / "drafts.json"


_LIVE: set[str] = set()  # owners (windows) of this process that are open
_SERIAL = itertools.count(1)
_RUN = secrets.token_hex(4)  # tells this run from an earlier one that had the same process id (a container's)


def new_owner() -> str:
    """A token for one window's drafts: its process id, this run, and a serial number within the process."""
    token = f"{os.getpid()}.{_RUN}.{next(_SERIAL)}"
    _LIVE.add(token)
    return token


def release_owner(token: str) -> None:
    """The window closed: its drafts may now be offered to another window."""
    _LIVE.discard(token)


def owner_alive(token) -> bool:
    """True while the window that wrote a draft is still open (in this process or another running one).
    Drafts without an owner (written by an older chronoapp) belong to nobody alive."""
    if not isinstance(token, str) or "." not in token:
        return False
    pid_text = token.split(".", 1)[0]
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return token in _LIVE
    return _process_running(pid)


def _process_running(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user
        return True
    return True


@contextlib.contextmanager
def _locked():
    """Read-modify-write of the drafts file by one process at a time (a lock file beside it)."""
    try:
        fh = open(_file().with_name("drafts.lock"), "a+b")
    except OSError as exc:  # read-only profile: go on unlocked, as before
        log.warning("could not lock the drafts file: %s", exc)
        yield
        return
    with fh:
        locked = False
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            locked = True
        except OSError as exc:
            log.warning("could not lock the drafts file: %s", exc)
        try:
            yield
        finally:
            if locked and sys.platform == "win32":  # Windows wants its byte locks undone before closing
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
            # elsewhere the lock goes with the file handle


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


_failure: str | None = None  # why the last write failed (None once one succeeds): see write_failure()


def write_failure() -> str | None:
    """Why the drafts file could not be written the last time ('No space left on device'), else None: a window
    with unsaved work must not close as if it were kept."""
    return _failure


def not_kept(what: str, how: str) -> str:
    """The message when what the editor typed could not be kept as a draft, and how to keep it all the same."""
    return (f"{what} could not be kept as a draft ({write_failure() or 'the data folder cannot be written'}): "
            f"{how}, or free some disk space.")


def _write(drafts: dict[str, dict]) -> bool:
    global _failure
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
        _failure = exc.strerror or str(exc)
        return False
    _failure = None
    return True


def save_draft(key: str, state: dict) -> bool:
    """Store (or replace) the draft under `key`; state must be JSON-serialisable. False if not written."""
    with _locked():
        drafts = load_drafts()
        drafts[key] = state
        return _write(drafts)


def clear_draft(key: str) -> bool:
    with _locked():
        drafts = load_drafts()
        if key not in drafts:
            return True
        del drafts[key]
        return _write(drafts)


def adopt_draft(key: str, new_key: str, owner: str) -> bool:
    """A window takes over a draft it restored (left by a window that closed or crashed): the draft moves
    under the window's own key, so it is neither offered again elsewhere nor left behind."""
    with _locked():
        drafts = load_drafts()
        state = drafts.pop(key, None)
        if state is None:
            return True
        drafts[new_key] = {**state, "owner": owner}
        return _write(drafts)
