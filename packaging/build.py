"""Build the one-folder bundle with PyInstaller and report its size.

    python packaging/build.py [--dist DIR] [--work DIR] [--clean]

The bundle lands in ``DIR/ExamSite`` (default ``dist/ExamSite``); PyInstaller's work folder
(default ``build/pyinstaller``) is kept between runs, so a second build only redoes what
changed. Prints the total size and the ten largest files.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "examsite.spec"
BUNDLE_NAME = "ExamSite"
MB = 1024 * 1024


@dataclass(frozen=True)
class SizeReport:
    total_bytes: int
    files: int
    largest: list[tuple[int, str]]  # (bytes, path relative to the bundle)

    def text(self) -> str:
        lines = [f"bundle size: {self.total_bytes / MB:.1f} MB in {self.files} files",
                 "largest files:"]
        lines += [f"  {size / MB:7.1f} MB  {name}" for size, name in self.largest]
        return "\n".join(lines)


def size_report(bundle: Path, top: int = 10) -> SizeReport:
    files = [(p.stat().st_size, p.relative_to(bundle).as_posix())
             for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    files.sort(reverse=True)
    return SizeReport(sum(size for size, _ in files), len(files), files[:top])


def executable(bundle: Path, name: str = "examsite") -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def build(dist: Path, work: Path, *, clean: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / BUNDLE_NAME


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", default=str(ROOT / "dist"))
    p.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"))
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = p.parse_args(argv)
    started = time.monotonic()
    bundle = build(Path(args.dist), Path(args.work), clean=args.clean)
    print(f"built {bundle} in {time.monotonic() - started:.0f} s")
    print(size_report(bundle).text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
