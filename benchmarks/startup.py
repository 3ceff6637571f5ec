"""Start-up time: from process start to the login dialog, the main window and its screens.

On a 10,000-candidate plain demo database (built once with ``app.demo.builder`` and kept in
``build/bench-startup/``), from source and, when a bundle exists (``dist/ExamSite``, or
``--bundle DIR``), from the bundle. Each run is a fresh process started with
``EXAMSITE_STARTUP_PROBE=<file>``: ``ui/self_test.StartupProbe`` notes monotonic timestamps when
the login dialog is shown, logs in as the demo site manager (``EXAMSITE_PROBE_LOGIN``: the
password check is part of the figure, the typing is not), and quits once the main window is
shown and its first screen (the batch overview) is loaded; the other screens are made when first
opened. The clock starts just before ``Popen``.

    python benchmarks/startup.py [--runs 5] [--candidates 10000] [--bundle DIR] [--display]

Offscreen by default (``--display`` uses the real display). Qt settings go to a temporary
XDG_CONFIG_HOME so the benchmark never changes the user's last-opened database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = ROOT / "build" / "bench-startup"
EVENTS = ("login_shown", "window_shown", "screens_ready")
LABELS = {"login_shown": "login dialog shown", "window_shown": "main window shown",
          "screens_ready": "first screen loaded (usable)"}


def database(candidates: int) -> tuple[Path, str]:
    """The cached demo database and the user name of its site manager."""
    from sqlalchemy import select

    from app.bootstrap import build_app
    from app.demo.builder import create_demo
    from app.model import User
    from app.rules.permissions import SITE_MANAGER

    path = CACHE / f"startup-{candidates}.sqlite"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        print(f"building a {candidates}-candidate demo database (once) ...", flush=True)
        app = build_app(partial, data_dir=CACHE)
        create_demo(app.uow(), candidates=candidates, seed=1)
        app.close()
        partial.rename(path)
    app = build_app(path, data_dir=CACHE)
    try:
        with app.uow().read() as s:
            users = s.execute(select(User.username, User.roles).order_by(User.id)).all()
    finally:
        app.close()
    manager = next(name for name, roles in users if SITE_MANAGER in (roles or []))
    return path, manager


def one_run(command: list[str], db: Path, user: str, display: bool) -> dict[str, float]:
    from app.demo.users import DEMO_PASSWORD

    with tempfile.TemporaryDirectory(prefix="examsite-startup-") as tmp:
        probe_file = Path(tmp) / "probe.txt"  # a windowed Windows executable has no stdout
        env = {**os.environ, "EXAMSITE_STARTUP_PROBE": str(probe_file),
               "EXAMSITE_PROBE_LOGIN": f"{user}:{DEMO_PASSWORD}",
               "XDG_CONFIG_HOME": tmp}
        env.pop("EXAMSITE_PLAIN_DB", None)
        if not display:
            env["QT_QPA_PLATFORM"] = "offscreen"
        args = [*command, "--db", str(db), "--data-dir", tmp, "--lang", "zh_CN"]
        started = time.monotonic()
        done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp,
                              timeout=120, check=False)
        lines = probe_file.read_text(encoding="utf-8") if probe_file.exists() else ""
    stamps = {}
    for line in lines.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "probe":
            stamps[parts[1]] = float(parts[2]) - started
    if done.returncode != 0 or set(stamps) != set(EVENTS):
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode}, probes {stamps}:\n"
                           f"{done.stdout}\n{done.stderr}")
    return stamps


def measure(name: str, command: list[str], db: Path, user: str, *, runs: int,
            display: bool) -> None:
    results = [one_run(command, db, user, display) for _ in range(runs)]
    print(f"\n{name}: {' '.join(command)}  ({runs} runs)")
    for event in EVENTS:
        times = [r[event] for r in results]
        print(f"  {LABELS[event]:<24} min {min(times):5.2f} s   median "
              f"{statistics.median(times):5.2f} s   all "
              + " ".join(f"{t:.2f}" for t in times))
    login = [r["window_shown"] - r["login_shown"] for r in results]
    print(f"  {'(of which the login)':<24} min {min(login):5.2f} s   median "
          f"{statistics.median(login):5.2f} s")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--candidates", type=int, default=10_000)
    p.add_argument("--bundle", help="the bundle folder (default: dist/ExamSite if built)")
    p.add_argument("--display", action="store_true", help="use the real display")
    p.add_argument("--no-source", action="store_true", help="only the bundle")
    args = p.parse_args(argv)
    db, user = database(args.candidates)
    print(f"database: {db} ({args.candidates} candidates), login as {user}")
    if not args.no_source:
        measure("from source", [sys.executable, "-m", "ui.main"], db, user, runs=args.runs,
                display=args.display)
    bundle = Path(args.bundle) if args.bundle else ROOT / "dist" / "ExamSite"
    exe = bundle / ("examsite.exe" if sys.platform == "win32" else "examsite")
    if exe.exists():
        measure("from the bundle", [str(exe)], db, user, runs=args.runs, display=args.display)
    else:
        print(f"\n(no bundle at {bundle}: build one with python packaging/build.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
