"""The PyInstaller bundle (packaging/examsite.spec) builds on Linux and its self-test passes.

The build reuses PyInstaller's work folder (``build/pyinstaller-test``, ignored by git) so a
second run only redoes the analysis when sources changed (~40 s on 2 cores, ~1 s when nothing
changed); a lock file keeps two test runs in one checkout from sharing it at the same time.
The bundle itself goes to the test's temporary folder.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def _load_build_script() -> ModuleType:
    """packaging/build.py (not a package; "build" is also the name of a PyPI tool)."""
    spec = importlib.util.spec_from_file_location("examsite_packaging_build",
                                                  REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


packaging_build = _load_build_script()

WORK = REPO / "build" / "pyinstaller-test"
CHECKS = ("resources", "database", "encryption", "main window", "ticket pdf",
          "package round trip")
MB = 1024 * 1024

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    WORK.mkdir(parents=True, exist_ok=True)
    with (WORK / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        started = time.monotonic()
        folder = packaging_build.build(dist, WORK / "work")
        seconds = time.monotonic() - started
    print(f"\nbundle built in {seconds:.0f} s")
    print(packaging_build.size_report(folder).text())
    return folder


def run(exe: Path, *args: str, tmp: Path,
        extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp),
           "PYTHONPATH": "",  # nothing from the checkout: the bundle brings everything
           **(extra_env or {})}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          cwd=tmp, timeout=180, check=False)


def test_the_bundled_gui_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    log, shot = tmp_path / "self-test.txt", tmp_path / "main-window.png"
    done = run(packaging_build.executable(bundle), "--self-test", "--self-test-log", str(log),
               tmp=tmp_path, extra_env={"EXAMSITE_SELF_TEST_SCREENSHOT": str(shot)})
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("self-test: ExamSite 0.1.0") and lines[0].endswith("bundle")
    for name in CHECKS:
        assert any(line.startswith(f"self-test: {name}: ok") for line in lines), name
    assert lines[-1] == "self-test passed"
    assert log.read_text(encoding="utf-8").splitlines() == lines
    assert not list(tmp_path.glob("examsite-selftest-*"))  # its temporary folder is gone
    image = QImage(str(shot))  # the main window as the bundle drew it, in Chinese
    assert image.width() >= 800 and image.height() >= 500
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)}) > 20  # not a blank window


def test_the_bundled_cli_runs_beside_it(bundle: Path, tmp_path: Path) -> None:
    done = run(packaging_build.executable(bundle, "examsite-cli"), "--help", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "usage: examsite-cli" in done.stdout and "tickets" in done.stdout


def test_the_bundle_leaves_out_what_is_never_used(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (internal / "resources" / "icons" / "examsite.png").is_file()
    assert (internal / "app" / "migrations" / "script.py.mako").is_file()
    assert (internal / "ui" / "i18n" / "examsite_zh_CN.ts").is_file()
    qt = internal / "PySide6" / "Qt"
    assert sorted(p.name for p in (qt / "translations").iterdir()) == [
        "qtbase_en.qm", "qtbase_zh_CN.qm"]
    names = {p.name for p in internal.rglob("*")}
    for unused in ("QtNetwork.abi3.so", "QtQml.abi3.so", "QtQuick.abi3.so", "tkinter",
                   "_tkinter.cpython-311-x86_64-linux-gnu.so", "pytest", "hypothesis"):
        assert unused not in names, unused
    assert not any(name.startswith(("libQt6WebEngine", "libQt6Quick", "libQt6Qml"))
                   for name in names)
    report = packaging_build.size_report(bundle)
    assert report.total_bytes < 300 * MB, report.text()


# -- the same from source: the self-test in this process, the start-up probe in a child -----


def test_the_self_test_passes_from_source(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    from ui.self_test import run_self_test

    assert run_self_test() == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("source")
    assert [line.split(":")[1].strip() for line in lines[1:-1]] == list(CHECKS)
    assert lines[-1] == "self-test passed"


def test_the_startup_probe_logs_in_and_times_the_window(demo_template: Path,
                                                        tmp_path: Path) -> None:
    """What benchmarks/startup.py relies on: the login dialog is shown, filled in and
    accepted, then the main window is shown and its screens are built, in that order."""
    import shutil

    from sqlalchemy import select

    from app.bootstrap import build_app
    from app.demo.users import DEMO_PASSWORD
    from app.model import User

    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, db)
    app = build_app(db, data_dir=tmp_path)
    with app.uow().read() as s:
        user = next(name for name, roles in s.execute(select(User.username, User.roles))
                    if "site_manager" in roles)
    app.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "EXAMSITE_STARTUP_PROBE": "1", "EXAMSITE_PROBE_LOGIN": f"{user}:{DEMO_PASSWORD}"}
    done = subprocess.run(
        [sys.executable, "-m", "ui.main", "--db", str(db), "--data-dir", str(tmp_path / "d"),
         "--lang", "zh_CN"], capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
        check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    probes = [line.split() for line in done.stdout.splitlines() if line.startswith("probe ")]
    assert [p[1] for p in probes] == ["login_shown", "window_shown", "screens_ready"]
    stamps = [float(p[2]) for p in probes]
    assert stamps == sorted(stamps)
