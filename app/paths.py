"""Where ExamSite keeps its files: one place for every path.

Data and logs live in the user's folders (platformdirs) unless ``--data-dir`` is given or the
installation is portable (a ``portable.flag`` file beside the executable). Resources (fonts,
translations, templates) are found next to the source tree or inside a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ExamSite"
APP_AUTHOR = "ExamSite"


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def templates_dir() -> Path:
    return resources_dir() / "templates"


@dataclass(frozen=True)
class DataPaths:
    data_dir: Path
    log_dir: Path

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo.examsite.sqlite"

    @property
    def calendar_override(self) -> Path:
        return self.data_dir / "calendar-override.json"

    def ensure(self) -> DataPaths:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self


def data_paths(data_dir: Path | None = None) -> DataPaths:
    """Resolve the data folders: explicit override, portable mode, or the user's folders."""
    if data_dir is not None:
        return DataPaths(data_dir, data_dir / "logs")
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / "portable.flag").exists():
        return DataPaths(exe_dir / "data", exe_dir / "data" / "logs")
    return DataPaths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def ts_source(language: str) -> Path:
    """The ``.ts`` translation source of ``language`` (read by the CLI)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "ui" / "i18n" / f"examsite_{language}.ts"
