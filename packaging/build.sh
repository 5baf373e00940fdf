#!/bin/sh
# Builds the desktop bundle: dist/chronoapp/ (one folder; runs on a machine without Python).
#   .venv/bin/pip install '.[package]' && PYTHON=.venv/bin/python sh packaging/build.sh
# Start it with dist/chronoapp/chronoapp (chronoapp.exe on Windows; also dist/chronoapp.app on macOS).
# DISTPATH / WORKPATH move the output and the scratch folder (the packaging test uses them).
set -e
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
DISTPATH="${DISTPATH:-dist}"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DISTPATH" --workpath "${WORKPATH:-build/pyinstaller}" packaging/chronoapp.spec
echo "built $DISTPATH/chronoapp ($(du -sh "$DISTPATH/chronoapp" | cut -f1))"
