"""Regenerate the README screenshots from the real app, offscreen, at 1280×800.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUTDIR]   # default: docs/screenshots

Runs in a throwaway user profile, so your settings and data are neither used nor touched.
Walks the first-run path a new user takes: welcome → sample article → extract → accept → chronology.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


def isolate_profile(home: Path) -> None:
    """Point HOME and the XDG folders at `home` before Qt reads them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)


def wait_until(app, condition, timeout_s: float = 20.0) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(int(timeout_s * 1000))
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    # a fixed throwaway folder, so the path in the status bar (and the PNGs) stay the same run to run
    home = Path(tempfile.gettempdir()) / "chronoapp-screenshots" / "home"
    shutil.rmtree(home.parent, ignore_errors=True)
    try:
        isolate_profile(home)
        sys.path.insert(0, str(ROOT))
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication, QTableView

        from chronoapp.gui import open_main_window

        window = open_main_window(None)  # a first run: no chronology yet → the welcome view
        app = QApplication.instance()
        window.resize(*SIZE)

        def shot(name: str) -> None:
            app.processEvents()
            path = out / f"{name}.png"
            # full colour (Qt's 256-colour conversion bands gradients), no alpha, strongest compression
            window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
                  f"({path.stat().st_size // 1024} KB)")

        shot("welcome")
        window.welcome.try_sample_button.click()  # fills the article page with the sample
        shot("article")

        window.article.extractButton.click()
        wait_until(app, lambda: window.tabs.currentWidget() is window.review
                   and window.review.model.rowCount() > 0)
        window.review.select_row(0)
        shot("review")

        while any(item.state == "pending" for item in window.review.model.items):
            window.review.accept_current()
        window.show_page(2)
        accepted = window.store.count()
        table = window.chronology.findChild(QTableView, "chronologyTable")
        wait_until(app, lambda: table.model().rowCount() == accepted)
        shot("chronology")
        window.close()
    finally:
        shutil.rmtree(home.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
