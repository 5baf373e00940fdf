#!/bin/sh
# Installs the system libraries Qt needs on Debian/Ubuntu, only those that are missing, so
# repeated runs (and CI) never upgrade system packages. Elsewhere (macOS, Windows, other
# Linux) it does nothing: the PySide6 wheels bring what they need there.
set -e
# The X11 (xcb) and Wayland platform plugins' own libraries too: without them the window cannot open
# ('Could not load the Qt platform plugin "xcb"'; a fresh Ubuntu desktop lacks libxcb-cursor0).
PKGS="libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core
 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0
 libxcb-xkb1 libxkbcommon-x11-0 libwayland-cursor0"
command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || exit 0
# The README's next step, 'python3 -m venv', needs ensurepip, which Debian and Ubuntu ship apart (python3-venv):
# without it a fresh Ubuntu stops there ('ensurepip is not available').
python3 -c "import ensurepip" >/dev/null 2>&1 || PKGS="$PKGS python3-venv"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "chronoapp: installing system libraries for Qt:$missing"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
