"""Crash safety: an unhandled exception shows a dialog with the details, is logged, and the app lives on."""
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from chronoapp import __version__
from chronoapp.gui import crash, paths


@pytest.fixture
def handler(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    # let monkeypatch put back whatever hooks pytest / pytest-qt had installed
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = crash.install_crash_handler(qapp)
    yield reporter
    if reporter.dialog is not None:
        reporter.dialog.close()


def crash_dialogs():
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()]


def fail_in_slot(message):
    def slot():
        raise RuntimeError(message)
    QTimer.singleShot(0, slot)


def test_exception_in_a_slot_shows_details_copies_them_and_logs(handler, qtbot, tmp_path):
    button = QPushButton("still alive")
    qtbot.addWidget(button)
    fail_in_slot("boom in a slot")
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    dialog = crash_dialogs()[0]
    details = dialog.details.toPlainText()
    assert "RuntimeError: boom in a slot" in details and "Traceback" in details and "in slot" in details
    assert f"chronoapp {__version__}" in details

    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == details

    log = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log and f"chronoapp {__version__}" in log
    assert log[:4].isdigit()  # starts with the timestamp

    # the event loop keeps running: other widgets still react
    with qtbot.waitSignal(button.clicked):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_log_is_appended_and_a_burst_of_errors_shares_one_dialog(handler, qtbot, tmp_path):
    fail_in_slot("first")
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    fail_in_slot("second")
    qtbot.waitUntil(lambda: "RuntimeError: second" in crash_dialogs()[0].details.toPlainText())
    assert len(crash_dialogs()) == 1
    assert "RuntimeError: first" in crash_dialogs()[0].details.toPlainText()
    log = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert log.index("RuntimeError: first") < log.index("RuntimeError: second")


def test_closed_dialog_is_replaced_by_a_new_one(handler, qtbot):
    fail_in_slot("first")
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    qtbot.mouseClick(crash_dialogs()[0].findChild(QPushButton, "crashCloseButton"),
                     Qt.MouseButton.LeftButton)
    assert crash_dialogs() == []
    fail_in_slot("again")
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert "first" not in crash_dialogs()[0].details.toPlainText()


def test_exception_in_a_worker_thread_is_shown_on_the_gui_thread(handler, qtbot, tmp_path):
    def work():
        raise ValueError("bad row in worker")

    worker = threading.Thread(target=work, name="extract-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    details = crash_dialogs()[0].details.toPlainText()
    assert "ValueError: bad row in worker" in details and "extract-worker" in details
    assert "bad row in worker" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_a_failing_dialog_falls_back_to_stderr_without_recursing(handler, qtbot, tmp_path, capsys, monkeypatch):
    def broken_dialog(details):
        raise RuntimeError("dialog cannot be built")

    monkeypatch.setattr(crash, "CrashDialog", broken_dialog)
    try:
        raise KeyError("original problem")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert "original problem" in err and "dialog cannot be built" in err
    assert crash_dialogs() == []
    assert "original problem" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_unwritable_log_still_shows_the_dialog(handler, qtbot, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "missing" / "dir")
    fail_in_slot("disk trouble")
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert "could not write crash.log" in capsys.readouterr().err


def test_ctrl_c_in_a_terminal_is_not_reported_as_a_crash(handler, qtbot, tmp_path, capsys):
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        sys.excepthook(*sys.exc_info())
    assert "KeyboardInterrupt" in capsys.readouterr().err
    assert crash_dialogs() == [] and not (tmp_path / "crash.log").exists()


def test_a_hard_crash_still_leaves_its_stack_in_the_log(tmp_path):
    """A segfault cannot be caught; faulthandler writes the Python stack to crash.log anyway."""
    script = (
        "import ctypes, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from chronoapp.gui import crash, paths\n"
        f"paths.data_dir = lambda: __import__('pathlib').Path({str(tmp_path)!r})\n"
        "app = QApplication([])\n"
        "crash.install_crash_handler(app)\n"
        "def deep_in_qt_code():\n"
        "    ctypes.string_at(0)\n"
        "deep_in_qt_code()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode != 0
    log = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in log and "deep_in_qt_code" in log


def test_a_faulthandler_already_enabled_keeps_its_target(monkeypatch):
    """python -X faulthandler (or pytest) chose where fatal errors go: leave it there."""
    import faulthandler

    monkeypatch.setattr(faulthandler, "is_enabled", lambda: True)
    monkeypatch.setattr(faulthandler, "enable", lambda *a, **k: pytest.fail("faulthandler was redirected"))
    crash._log_fatal_errors()


def test_unexpected_error_in_a_background_job_is_reported_and_logged(qtbot, tmp_path, monkeypatch):
    from chronoapp.gui.workers import Job
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)

    def broken():
        raise KeyError("source_id")

    job = Job(broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert failed.args[0].startswith("KeyError: 'source_id'")
    log = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "KeyError: 'source_id'" in log and "in broken" in log and "chronoapp-job-" in log
