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


def test_opening_the_window_does_not_load_the_extraction_engine():
    """The engine takes about a second to load: the window imports it only when it is needed (a worker, the warm-up
    after the first paint, a relative date typed in the form), never at start-up. A module-level import in one of
    the GUI's modules (form_dates reads 'Monday' with the tagger) would bring it back into the start-up."""
    code = ("import sys, chronoapp.gui.app\n"
            "bad = [m for m in sys.modules if m.startswith('chronoapp.core.extract')]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_linter_contract_holds():
    lint = pathlib.Path(sys.executable).parent / "lint-imports"
    if not lint.exists():  # fall back to the module entry point
        cmd = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"]
    else:
        cmd = [str(lint)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT.parent)
    assert result.returncode == 0, result.stdout + result.stderr


# a module-level name given twice is silently the second one: a new regex named like an old one
# replaced it (twice this project: _FORCES_OF, _UNITS), and ruff's F checks do not see assignments
_REBOUND_ON_PURPOSE = {("chronoapp/core/extract/timex_patterns.py", "NEEDS"),  # built, then widened
                       ("chronoapp/core/extract/timex_patterns.py", "PATTERNS")}  # written, then compiled


def test_no_module_level_name_is_bound_twice():
    import ast
    import collections

    twice = []
    for path in sorted(ROOT.rglob("*.py")):
        names = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            names.update(t.id for t in targets if isinstance(t, ast.Name))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
        rel = path.relative_to(ROOT.parent).as_posix()
        twice += [(rel, n) for n, k in names.items() if k > 1 and (rel, n) not in _REBOUND_ON_PURPOSE]
    assert twice == []
