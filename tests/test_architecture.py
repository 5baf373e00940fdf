"""core must stay usable headless: no Qt, no GUI imports (napari's rule)."""
import pathlib
import subprocess
import sys

import chronoapp

ROOT = pathlib.Path(chronoapp.__file__).resolve().parent


def test_importing_core_does_not_import_qt():
    code = ("import sys, pkgutil, importlib, chronoapp.core as c\n"
            "for m in pkgutil.walk_packages(c.__path__, 'chronoapp.core.'): importlib.import_module(m.name)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'chronoapp.gui'))]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_headless_commands_do_not_import_qt():
    code = ("import sys; from chronoapp import cli\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]; sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_import_linter_contract_holds():
    lint = pathlib.Path(sys.executable).parent / "lint-imports"
    if not lint.exists():  # fall back to the module entry point
        cmd = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"]
    else:
        cmd = [str(lint)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT.parent)
    assert result.returncode == 0, result.stdout + result.stderr
