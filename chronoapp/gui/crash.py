"""Unhandled exceptions: append them to data_dir()/crash.log and show the details in a dialog.

The app keeps running: PySide6 hands exceptions raised in slots to sys.excepthook and then
returns to the event loop, so reporting them is enough. A burst of errors (say, one per repaint)
goes into the one open dialog instead of stacking windows, and a failure while reporting falls
back to stderr instead of recursing. Hard crashes (a segfault in Qt) cannot be caught; faulthandler
still writes their Python stack to the same log.
"""
from __future__ import annotations

import datetime as dt
import faulthandler
import html
import sys
import threading
import traceback

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication, QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStyle, QVBoxLayout,
)

from chronoapp import __version__
from chronoapp.gui import paths
from chronoapp.gui.flow import screen_room


class CrashDialog(QDialog):
    def __init__(self, details: str):
        super().__init__()
        self.setObjectName("crashDialog")
        self.setWindowTitle("chronoapp — unexpected error")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        message = QLabel(
            "<b>Something went wrong inside chronoapp.</b><br>Your confirmed events are saved in "
            "the chronology file, and an unfinished review is kept as a draft. You can keep working; if "
            "something looks wrong, close chronoapp and start it again.<br>"
            f"The details were written to <code>{html.escape(str(paths.data_dir() / 'crash.log'))}</code> — please "
            "include them when you report the problem.")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName("Error details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton("Copy details")
        self.copy_button.setObjectName("crashCopyButton")
        self.copy_button.setAccessibleName("Copy details")
        self.copy_button.clicked.connect(self.copy_details)
        close = QPushButton("Close")
        close.setObjectName("crashCloseButton")
        close.setAccessibleName("Close")
        close.setDefault(True)
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(message, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.resize(QSize(640, 420).boundedTo(screen_room(self)))

    def add_details(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText("Copied")


class _CrashReporter(QObject):
    """Lives in the GUI thread; `report` is emitted from any thread and shown there (queued)."""

    report = Signal(str)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.dialog: CrashDialog | None = None
        self._busy = False
        self.report.connect(self._show)

    def handle(self, exc_type, exc_value, exc_tb, thread_name: str | None = None) -> None:
        if self._busy or issubclass(exc_type, KeyboardInterrupt):  # never loop; Ctrl+C is no crash
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        self._busy = True
        try:
            details = _describe(exc_type, exc_value, exc_tb, thread_name)
            _append_log(details)
            print(details, file=sys.stderr)  # for whoever started it from a terminal
            self.report.emit(details)
        except Exception:
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            traceback.print_exc()
        finally:
            self._busy = False

    def _show(self, details: str) -> None:
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_details(details)
            else:
                self.dialog = CrashDialog(details)
                self.dialog.destroyed.connect(self._forget)
                self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
        except Exception:
            self.dialog = None
            print(details, file=sys.stderr)
            traceback.print_exc()

    def _forget(self) -> None:
        self.dialog = None


def _describe(exc_type, exc_value, exc_tb, thread_name: str | None) -> str:
    when = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    where = f" in thread {thread_name}" if thread_name else ""
    head = f"{when} chronoapp {__version__} (Python {sys.version.split()[0]}){where}\n"
    return head + "".join(traceback.format_exception(exc_type, exc_value, exc_tb)).rstrip()


def log_exception(exc: BaseException, thread_name: str | None = None) -> None:
    """Keep an unexpected error that the UI reported in one line in crash.log, with its traceback."""
    _append_log(_describe(type(exc), exc, exc.__traceback__, thread_name))


def _append_log(details: str) -> None:
    try:
        with open(paths.data_dir() / "crash.log", "a", encoding="utf-8") as log:
            log.write(details + "\n\n")
    except OSError as exc:  # a full disk must not hide the dialog
        print(f"chronoapp: could not write crash.log: {exc}", file=sys.stderr)


_fatal_log = None  # stays open: faulthandler writes to it from a signal handler


def _log_fatal_errors() -> None:
    global _fatal_log
    if faulthandler.is_enabled():  # already sent somewhere (python -X faulthandler, pytest): keep it
        return
    try:
        log = open(paths.data_dir() / "crash.log", "a", encoding="utf-8")
    except OSError:
        return
    faulthandler.enable(log, all_threads=True)
    _fatal_log = log


def install_crash_handler(app: QApplication) -> _CrashReporter:
    """Route uncaught exceptions (GUI thread and worker threads) to crash.log and a dialog."""
    _log_fatal_errors()
    reporter = _CrashReporter(app)
    sys.excepthook = reporter.handle

    def thread_hook(a: threading.ExceptHookArgs) -> None:
        if a.exc_type is not SystemExit:  # as the default hook: exiting a thread is not a crash
            reporter.handle(a.exc_type, a.exc_value, a.exc_traceback, a.thread.name if a.thread else None)

    threading.excepthook = thread_hook
    return reporter
