"""Run slow core work (extraction, import, merge) off the UI thread and hand the result back to it.

Work runs in a daemon Python thread, not a QThread: a QThread still running when its owner is
destroyed aborts the process, and a thread-pool worker makes application exit wait for it. A
daemon thread can simply be abandoned when the window closes mid-extraction.

The thread never touches a QObject it does not own for ever: it reports through one long-lived
bridge object (created on first use, in the UI thread), whose queued signal delivers the result
to the UI thread, where the Job — touched only there — forwards it unless it was cancelled.
Progress reports travel the same way. A job that writes must not be abandoned: its dialog stays
open until it ends (see export_dialogs).
"""
from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from chronoapp.core.store import Store, StoreError
from chronoapp.gui import crash

BUSY_AFTER_MS = 300  # a write in a worker shorter than this shows no busy dialog
_ids = itertools.count(1)
_jobs: dict[int, "Job"] = {}  # running jobs, kept alive until their result is delivered
_bridge: "_Bridge | None" = None
_waiting: list["QEventLoop"] = []  # run_and_wait calls under way, innermost last
_when_idle: list[Callable[[], None]] = []  # what waits for them all to end (a window asked to close)


class _Bridge(QObject):
    done = Signal(int, bool, object)  # job id, ok, result or error text
    progressed = Signal(int, int, int)  # job id, done, total

    def __init__(self):
        super().__init__()
        self.done.connect(self._deliver)
        self.progressed.connect(self._progress)

    @Slot(int, int, int)
    def _progress(self, job_id: int, done: int, total: int) -> None:
        job = _jobs.get(job_id)
        if job is not None and not job.cancelled and shiboken6.isValid(job):
            job.progress.emit(done, total)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        job = _jobs.pop(job_id, None)
        if job is not None and not job.cancelled and shiboken6.isValid(job):
            (job.finished if ok else job.failed).emit(payload)


class Job(QObject):
    """One call of fn(*args) in a background thread.

    finished(result) or failed(message) are emitted in the UI thread; after cancel() neither is.
    with_progress=True also passes fn a progress=callable(done, total), re-emitted as progress(done, total);
    with_stop=True passes fn should_stop=callable(), true once the job is cancelled.
    Exceptions of the `expected` types are problems phrased for the user (StoreError): failed() gets
    their message alone; any other exception comes with its type and traceback.
    """

    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)

    def __init__(self, fn: Callable, *args, parent: QObject | None = None, with_progress: bool = False,
                 expected: tuple[type[Exception], ...] = (), with_stop: bool = False):
        super().__init__(parent)
        self.fn, self.args = fn, args
        self.with_progress, self.expected = with_progress, expected
        self.cancelled = False
        # with_stop=True passes fn should_stop=callable(): true once cancelled, so long work can end early
        # (an Event: set in the UI thread, read in the worker)
        self._stop = threading.Event() if with_stop else None
        self.id = next(_ids)

    def start(self) -> "Job":
        global _bridge
        if _bridge is None:
            _bridge = _Bridge()
        bridge, fn, args, job_id, expected = _bridge, self.fn, self.args, self.id, self.expected
        kwargs = {"progress": lambda done, total: bridge.progressed.emit(job_id, done, total)} \
            if self.with_progress else {}
        if self._stop is not None:
            kwargs["should_stop"] = self._stop.is_set
        _jobs[job_id] = self

        def run() -> None:
            try:
                result, ok = fn(*args, **kwargs), True
            except expected as exc:
                result, ok = str(exc), False
            except Exception as exc:  # reported to the UI, which shows it; never lost silently
                result, ok = f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}", False
                crash.log_exception(exc, threading.current_thread().name)
            bridge.done.emit(job_id, ok, result)

        threading.Thread(target=run, name=f"chronoapp-job-{job_id}", daemon=True).start()
        return self

    def cancel(self) -> None:
        """Drop the result when it comes; a job started with_stop is also asked to stop (other threads
        cannot be interrupted: they run to their end)."""
        self.cancelled = True
        if self._stop is not None:
            self._stop.set()
        _jobs.pop(self.id, None)

    @property
    def running(self) -> bool:
        return self.id in _jobs


class _BusyDialog(QDialog):
    """'Deleting…' with a busy bar, modal, and not closable: a write in a worker ends before anything else."""

    def __init__(self, parent: QWidget, text: str):
        super().__init__(parent)
        self.setObjectName("busyDialog")
        self.setWindowTitle("Please wait")
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text, objectName="busyLabel"))
        bar = QProgressBar(objectName="busyProgressBar")
        bar.setRange(0, 0)
        layout.addWidget(bar)

    def reject(self) -> None:  # Esc and the close button wait for the write like the rest of the window
        pass


def run_and_wait(parent: QWidget, text: str, fn: Callable, *args,
                 expected: tuple[type[Exception], ...] = ()) -> tuple[bool, object]:
    """fn(*args) in a worker thread while a modal dialog says `text`; the window keeps painting instead of
    freezing, and nothing else can be done meanwhile. Returns (True, result) or (False, one-line error message).
    The dialog shows only if the work takes longer than BUSY_AFTER_MS (a small write would flash it); keys and
    clicks meanwhile wait until the work is done."""
    dialog = _BusyDialog(parent, text)
    outcome: list[tuple[bool, object]] = []
    loop = QEventLoop()
    job = Job(fn, *args, parent=dialog, expected=expected)
    job.finished.connect(lambda result: (outcome.append((True, result)), loop.quit()))
    # (an unexpected error's traceback is in the crash log: the user reads its first line)
    job.failed.connect(lambda message: (outcome.append((False, (message.splitlines() or [""])[0])), loop.quit()))
    QTimer.singleShot(BUSY_AFTER_MS, dialog, lambda: dialog.show() if not outcome else None)
    job.start()
    _waiting.append(loop)
    try:
        if not outcome:  # (the worker cannot deliver before this loop runs: delivery is queued to this thread)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        while not outcome:  # the application quit meanwhile (that ends every loop): the write still ends first
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
                                           | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        _waiting.remove(loop)
    dialog.hide()
    dialog.deleteLater()
    if not _waiting:
        for fn in _when_idle:  # after the caller has shown the outcome
            QTimer.singleShot(0, fn)
        _when_idle.clear()
    return outcome[0]


def busy() -> bool:
    """Whether a write in a worker is under way: the window must not close under it."""
    return bool(_waiting)


def when_idle(fn: Callable[[], None]) -> None:
    """Call fn once the writes under way have ended (a window closed meanwhile closes then)."""
    if fn not in _when_idle:
        _when_idle.append(fn)


def write_in_worker(parent: QWidget, store: Store, text: str, fn: Callable, *args) -> tuple[bool, object]:
    """fn(path, *args) writes to the chronology from a connection of its own, in a worker (run_and_wait). The
    window's store counts it as its own write: a file deleted while open is still written back on closing."""
    try:
        store.ensure_in_place()  # a file deleted while open is written back first, for the worker to open
    except StoreError as exc:
        return False, str(exc)
    ok, result = run_and_wait(parent, text, fn, str(store.path), *args, expected=(StoreError, ValueError))
    if ok:
        store.wrote = True
    return ok, result
