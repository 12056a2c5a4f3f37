"""The installer sources in packaging/ hang together, without running a (slow) build:

- the PyInstaller spec, executed with stand-ins for PyInstaller's build objects, ships
  resources/ where the frozen program looks, lists every tracker module, keeps only the
  Qt modules, translations and plugins we use, and builds the expected executables;
- the Linux .desktop entry and AppStream metainfo are valid and agree with each other,
  the icon files and the package version;
- the Inno Setup script takes its version from a define and makes a Start-menu entry;
- make_icons.py renders every PNG size and a multi-size ICO;
- the Linux install script installs and uninstalls a bundle under a prefix.

The real build and its smoke test are in packaging/build.sh (minutes, not run by CI).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import tracker
from tracker import paths
from tracker.cli.main import COMMAND_MODULES

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "tracker.spec"
DESKTOP = PACKAGING / "linux" / "se.balanslistan.Balanslistan.desktop"
METAINFO = PACKAGING / "linux" / "se.balanslistan.Balanslistan.metainfo.xml"
ISS = PACKAGING / "windows" / "balanslistan.iss"
ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


# --- The spec, run against stand-ins ------------------------------------------------------


class _Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT: keeps its arguments for the asserts."""

    calls: list[_Recorder]

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs
        self.calls.append(self)


def _run_spec(monkeypatch: pytest.MonkeyPatch, *, gui_exe: bool = False) -> dict:
    """Executes tracker.spec as PyInstaller would, with its build classes replaced."""
    calls: list[_Recorder] = []

    class Analysis(_Recorder):
        def __init__(self, scripts, **kw):
            super().__init__(scripts, **kw)
            self.scripts = [("pyi_rth_qt", "/hooks/pyi_rth_qt.py", "PYSOURCE")] + [
                (Path(s).stem, s, "PYSOURCE") for s in scripts
            ]
            self.pure = []
            # What PyInstaller's Qt hooks would add: translations and plugins to filter.
            qt = "PySide6/Qt"
            self.datas = [*kw["datas"]] + [
                (f"{qt}/translations/qtbase_{lang}.qm", "/x", "DATA")
                for lang in ("sv", "en", "de", "pt_BR")
            ] + [
                (f"{qt}/translations/qt_help_sv.qm", "/x", "DATA"),
                ("PySide6\\translations\\qtbase_de.qm", "/x", "DATA"),  # Windows layout
            ]
            # Hook results are (source, destination folder); the TOC has (name, source, kind).
            self.binaries = [
                (f"{folder}/{Path(src).name}", src, "BINARY") for src, folder in kw["binaries"]
            ] + [
                (f"{qt}/plugins/platforms/libq{name}.so", f"/site/{qt}/libq{name}.so", "BINARY")
                for name in ("xcb", "wayland", "offscreen", "vnc", "eglfs", "linuxfb")
            ] + [
                (f"{qt}/plugins/generic/libqevdevmouseplugin.so", "/x", "BINARY"),
                (f"{qt}/lib/libQt6Network.so.6", "/x", "BINARY"),
                (f"{qt}/lib/libQt6Widgets.so.6", "/x", "BINARY"),
                # Windows layout: plugins under PySide6\plugins, DLLs in PySide6\.
                ("PySide6\\plugins\\platforms\\qwindows.dll", "/x", "BINARY"),
                ("PySide6\\plugins\\generic\\qtuiotouchplugin.dll", "/x", "BINARY"),
                ("PySide6\\Qt6Network.dll", "/x", "BINARY"),
                # Copied from the build machine: one needed by the xcb plugin, one not.
                ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
                ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
            ]

    class PYZ(_Recorder):
        pass

    class EXE(_Recorder):
        pass

    class COLLECT(_Recorder):
        pass

    for cls in (Analysis, PYZ, EXE, COLLECT):
        cls.calls = calls

    def collect_submodules(package: str) -> list[str]:
        import pkgutil

        mod = __import__(package)
        return [package] + [
            m.name for m in pkgutil.walk_packages(mod.__path__, prefix=f"{package}.")
        ]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = collect_submodules
    hooks.collect_data_files = lambda package: [(f"/site/{package}/data", package)]
    hooks.collect_dynamic_libs = lambda package: [(f"/site/{package}/lib.so", package)]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    real_run = subprocess.run

    def fake_ldd(cmd, *args, **kwargs):
        # ldd of the xcb plugin lists libX11; nothing in the stand-in bundle needs cairo.
        if cmd[0] != "ldd":
            return real_run(cmd, *args, **kwargs)
        out = "\tlibX11.so.6 => /usr/lib/libX11.so.6 (0x0)\n" if "libqxcb" in cmd[1] else ""
        return subprocess.CompletedProcess(cmd, 0, stdout=out, stderr="")

    monkeypatch.setattr(subprocess, "run", fake_ldd)
    if gui_exe:
        monkeypatch.setenv("BALANSLISTAN_GUI_EXE", "1")
    else:
        monkeypatch.delenv("BALANSLISTAN_GUI_EXE", raising=False)

    namespace = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(PACKAGING),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["_calls"] = calls
    return namespace


def _one(calls: list[_Recorder], kind: str) -> _Recorder:
    found = [c for c in calls if type(c).__name__ == kind]
    assert len(found) == 1, f"{kind}: {len(found)} calls"
    return found[0]


def test_spec_ships_resources_where_the_frozen_program_looks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ns = _run_spec(monkeypatch)
    datas = _one(ns["_calls"], "Analysis").kwargs["datas"]
    targets = {dest: Path(src) for src, dest in datas}
    assert targets["tracker/resources"] == REPO / "resources"
    # tracker.paths must find that folder inside a bundle (sys._MEIPASS).
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "tracker" / "resources"


@pytest.mark.parametrize("folder", ["templates", "translations", "icons"])
def test_resource_folders_live_inside_the_shipped_resources_dir(folder: str) -> None:
    # The spec ships resources/ whole; a folder elsewhere would silently be left out.
    for stray in (REPO / folder, REPO / "tracker" / folder):
        assert not stray.exists(), f"{stray} ligger utanför resources/ och kommer inte med"


def test_spec_collects_packages_with_data_and_native_libraries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    analysis = _one(_run_spec(monkeypatch)["_calls"], "Analysis")
    data_packages = {dest for _src, dest in analysis.kwargs["datas"]}
    assert {"docx", "pypdfium2", "pypdfium2_raw", "tzdata"} <= data_packages
    assert ("/site/pypdfium2_raw/lib.so", "pypdfium2_raw") in analysis.kwargs["binaries"]


def test_spec_lists_every_tracker_module_and_the_cli_commands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hidden = set(_one(_run_spec(monkeypatch)["_calls"], "Analysis").kwargs["hiddenimports"])
    assert set(COMMAND_MODULES) <= hidden  # imported by name with importlib
    assert {"tracker.cli.main", "tracker.ingest", "tracker.extract"} <= hidden


def test_spec_bundles_only_the_used_qt_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    ns = _run_spec(monkeypatch)
    kw = _one(ns["_calls"], "Analysis").kwargs
    used = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}
    assert {f"PySide6.{m}" for m in used} <= set(kw["hiddenimports"])
    excludes = set(kw["excludes"])
    assert not {f"PySide6.{m}" for m in ns["QT_USED"]} & excludes
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork"} <= excludes
    assert {"pytest", "reportlab", "tkinter"} <= excludes


def _runtime_distributions() -> set[str]:
    """tracker's run-time dependencies, recursively (extras such as test left out)."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    seen: set[str] = set()
    todo = ["tracker"]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # optional platform-specific dependency not installed here
        for line in requires:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


#: Declared dependencies that the program never imports, so the spec may exclude them.
NOT_IMPORTED = {
    "pip": "sqlite-utils declares it only for its own `sqlite-utils install` command",
}


def test_spec_excludes_no_runtime_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    # An excluded module that a dependency imports breaks the bundle only at run time
    # (sqlite-utils needs pluggy, although pluggy looks like a test tool).
    from importlib import metadata

    from packaging.utils import canonicalize_name

    needed = _runtime_distributions() - set(NOT_IMPORTED)
    assert {"pyside6-essentials", "sqlite-utils", "pypdfium2"} <= needed
    excludes = set(_one(_run_spec(monkeypatch)["_calls"], "Analysis").kwargs["excludes"])
    for module, dists in metadata.packages_distributions().items():
        if any(canonicalize_name(d) in needed for d in dists):
            assert module not in excludes, f"{module} ({dists}) behövs men är exkluderad"


def test_spec_keeps_qt_modules_the_source_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every PySide6 module imported anywhere in tracker/ must survive the exclusions.
    imported: set[str] = set()
    for path in (REPO / "tracker").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= _run_spec(monkeypatch)["QT_USED"]


def test_spec_drops_foreign_translations_and_kiosk_plugins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ns = _run_spec(monkeypatch)
    a = ns["a"]
    def name(dest: str) -> str:
        return re.split(r"[\\/]", dest)[-1]

    qm = {name(d[0]) for d in a.datas if d[0].endswith(".qm")}
    assert qm == {"qtbase_sv.qm", "qtbase_en.qm"}
    kept = {name(b[0]) for b in a.binaries}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libQt6Widgets.so.6",
            "qwindows.dll", "Qt6Network.dll"} <= kept
    assert not kept & {"libqvnc.so", "libqeglfs.so", "libqlinuxfb.so", "libQt6Network.so.6",
                       "libqevdevmouseplugin.so", "qtuiotouchplugin.dll"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="nur Linux rensar bibliotek")
def test_spec_drops_system_libraries_nothing_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = {b[0] for b in _run_spec(monkeypatch)["a"].binaries}
    assert "libX11.so.6" in kept  # needed by the xcb platform plugin
    assert "libcairo.so.2" not in kept  # only the removed GTK theme plugin wanted it
    assert "pypdfium2_raw/lib.so" in kept  # package binaries are never pruned


def test_spec_builds_console_cli_named_tracker(monkeypatch: pytest.MonkeyPatch) -> None:
    ns = _run_spec(monkeypatch)
    exes = [c for c in ns["_calls"] if type(c).__name__ == "EXE"]
    assert [e.kwargs["name"] for e in exes] == ["tracker"]
    assert exes[0].kwargs["console"] is True
    assert exes[0].args[1][-1][0] == "tracker_cli"  # the entry script runs last
    collect = _one(ns["_calls"], "COLLECT")
    assert collect.kwargs["name"] == "tracker"  # → dist/tracker/tracker
    assert ns["VERSION"] == tracker.__version__


def test_spec_runs_every_executable_in_utf8_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without it, `tracker --help` ("–") fails under a Latin-1 locale or cp1252 console.
    exes = [c for c in _run_spec(monkeypatch, gui_exe=True)["_calls"]
            if type(c).__name__ == "EXE"]
    assert exes
    for exe in exes:
        assert ("X utf8", None, "OPTION") in exe.args[2]


def test_spec_adds_windowed_gui_executable_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    if not (REPO / "tracker" / "gui" / "app.py").is_file():
        pytest.skip("tracker/gui/app.py finns inte: spec:en bygger då bara tracker")
    ns = _run_spec(monkeypatch, gui_exe=True)
    exes = {c.kwargs["name"].lower(): c for c in ns["_calls"] if type(c).__name__ == "EXE"}
    assert set(exes) == {"tracker", "balanslistan"}
    gui = exes["balanslistan"]
    assert gui.kwargs["console"] is False
    scripts = [s[0] for s in gui.args[1]]
    assert scripts[-1] == "balanslistan_gui" and "tracker_cli" not in scripts
    assert "pyi_rth_qt" in scripts  # runtime hooks are kept
    assert gui in _one(ns["_calls"], "COLLECT").args


def test_launchers_call_the_documented_entry_points() -> None:
    cli = (PACKAGING / "launchers" / "tracker_cli.py").read_text(encoding="utf-8")
    gui = (PACKAGING / "launchers" / "balanslistan_gui.py").read_text(encoding="utf-8")
    assert "from tracker.cli.main import main" in cli and "sys.exit(main())" in cli
    assert "from tracker.gui.app import main" in gui and "sys.exit(main())" in gui


# --- Linux desktop integration ------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive, e.g. Name[sv]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "tracker"
    assert entry["Terminal"] == "false"
    for key in ("Name", "Name[sv]", "Comment", "Comment[sv]", "GenericName[sv]"):
        assert entry[key].strip(), key
    categories = entry["Categories"]
    assert categories.endswith(";") and "Office" in categories.split(";")


def test_desktop_icon_name_matches_the_icon_files() -> None:
    icon = _desktop_entry()["Icon"]
    assert (ICONS / f"{icon}.svg").is_file()
    for size in PNG_SIZES:
        assert (ICONS / f"{icon}-{size}.png").is_file()


def test_metainfo_is_wellformed_and_matches_desktop_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    app_id = root.findtext("id")
    assert DESKTOP.name == f"{app_id}.desktop"
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("name") == "Balanslistan"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(s.get(lang) == "sv" for s in root.findall("summary"))
    assert root.findtext("metadata_license") and root.findtext("project_license")
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == tracker.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date"))
    assert "tracker" in [b.text for b in root.findall("provides/binary")]


# --- Windows installer script ---------------------------------------------------------------


def test_inno_script_version_comes_from_a_define() -> None:
    iss = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"^#ifndef AppVersion$", iss, re.M)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.M)
    assert "GetVersionNumbersString" in iss  # fallback: tracker.exe's version resource
    for script in (PACKAGING / "windows" / "build.ps1",):
        assert "/DAppVersion=$version" in script.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("path", [ISS, PACKAGING / "windows" / "build.ps1"])
def test_windows_sources_carry_a_utf8_bom(path: Path) -> None:
    # Inno Setup and Windows PowerShell 5.1 read a file without BOM in the ANSI code page,
    # which garbles the Swedish letters in texts shown to users.
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_inno_script_installs_start_menu_entry_and_both_modes() -> None:
    iss = ISS.read_text(encoding="utf-8-sig")
    icons = iss.split("[Icons]", 1)[1].split("\n[", 1)[0]
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#GuiExe\}"',
                     icons, re.M)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=.*\bdialog\b", iss, re.M)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=.*\bcommandline\b", iss, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}", iss, re.M)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    assert (REPO / "resources" / "icons" / "balanslistan.ico").is_file()


# --- Icons ----------------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_make_icons_renders_every_size(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for size in PNG_SIZES:
        assert _png_size((tmp_path / f"balanslistan-{size}.png").read_bytes()) == (size, size)

    ico = (tmp_path / "balanslistan.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    entries = [struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]) for i in range(count)]
    assert [e[0] or 256 for e in entries] == list(ICO_SIZES)
    for (dim, _h, _c, _r, _planes, _bpp, length, offset), size in zip(
        entries, ICO_SIZES, strict=True
    ):
        payload = ico[offset : offset + length]
        assert len(payload) == length
        if size == 256:
            assert _png_size(payload) == (256, 256)
            continue
        width, height2, _planes, bpp = struct.unpack("<IiHH", payload[4:16])
        assert (width, height2, bpp) == (size, 2 * size, 32)
        pixels = payload[40 : 40 + size * size * 4]
        alpha = pixels[3::4]
        # A rounded tile: transparent corner, opaque middle.
        assert alpha[0] == 0
        middle = (size // 2) * size + size // 2
        assert alpha[middle] == 255
        assert dim == size


def test_committed_icons_are_present_and_sized() -> None:
    for size in PNG_SIZES:
        assert _png_size((ICONS / f"balanslistan-{size}.png").read_bytes()) == (size, size)
    assert (ICONS / "balanslistan.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


# --- Scripts ---------------------------------------------------------------------------------


needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="bash saknas")


@needs_bash
@pytest.mark.parametrize("script", ["build.sh", "linux/install.sh"])
def test_shell_scripts_parse(script: str) -> None:
    proc = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr


@needs_bash
def test_linux_install_and_uninstall_under_a_prefix(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "tracker" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "tracker" / "resources" / "icons")
    exe = bundle / "tracker"
    exe.write_text(f"#!/bin/sh\necho 'tracker {tracker.__version__}'\n", encoding="utf-8")
    exe.chmod(0o755)
    prefix = tmp_path / "prefix"
    script = str(PACKAGING / "linux" / "install.sh")
    env = {**os.environ, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}

    proc = subprocess.run([script, "--prefix", str(prefix), "--bundle", str(bundle)],
                          capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    libdir = prefix / "lib" / "balanslistan"
    assert (libdir / "tracker").is_file()
    assert os.readlink(prefix / "bin" / "tracker") == str(libdir / "tracker")
    desktop = (prefix / "share/applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f"Exec={libdir}/tracker\n" in desktop
    for size in PNG_SIZES:
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/balanslistan.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps/balanslistan.svg").is_file()
    assert (prefix / "share/metainfo" / METAINFO.name).is_file()

    proc = subprocess.run([script, "--prefix", str(prefix), "--uninstall"],
                          capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    left = {p.name for p in prefix.rglob("*") if p.is_file() or p.is_symlink()}
    assert left <= {"mimeinfo.cache"}  # written by update-desktop-database, if present


@needs_bash
def test_linux_install_refuses_missing_bundle(tmp_path: Path) -> None:
    proc = subprocess.run(
        [str(PACKAGING / "linux" / "install.sh"), "--prefix", str(tmp_path / "p"),
         "--bundle", str(tmp_path / "nothing")],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1
    assert "Bygg först med packaging/build.sh" in proc.stderr


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract saknas på datorn")
def test_spec_bundles_tesseract_and_its_swedish_model(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = _one(_run_spec(monkeypatch)["_calls"], "Analysis")
    binaries = analysis.kwargs["binaries"]
    datas = analysis.kwargs["datas"]
    assert any(dest == "tesseract" and Path(src).name == "tesseract" for src, dest in binaries)
    assert any(
        dest == "tesseract/tessdata" and Path(src).name == "swe.traineddata" for src, dest in datas
    )
