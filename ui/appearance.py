"""Fonts and translations installed on the QApplication at start and on language switch."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.paths import cjk_font_path, translations_dir

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")


def register_cjk_font(app: QApplication) -> str:
    """Register the bundled CJK font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("the bundled CJK font could not be loaded from %s", cjk_font_path())
        return app.font().family()
    font = QFont(families[0])
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return families[0]


class Translations:
    """Holds the installed translators so the language can be switched at run time.

    With ``settings``, every switch is remembered at once (``language`` in QSettings), so the
    next start opens in the language chosen last, even if this run does not end cleanly.
    """

    def __init__(self, app: QCoreApplication, settings: QSettings | None = None) -> None:
        self.app = app
        self.settings = settings
        self.language = "en"
        self._installed: list[QTranslator] = []

    def saved_language(self, default: str = "zh_CN") -> str:
        """The language chosen last time (``default`` when none was, or it is unknown)."""
        value = str(self.settings.value("language", default)) if self.settings else default
        return value if value in LANGUAGES else default

    def install(self, language: str) -> bool:
        """Switch to ``language`` (``zh_CN`` or ``en``); returns False if files are missing."""
        ok = self._install(language)
        if self.settings is not None:
            self.settings.setValue("language", language)
        # Tables read their headers and cells from the models when painted: repaint them in
        # the new language (the widgets themselves retranslate on LanguageChange).
        if isinstance(self.app, QApplication):
            for widget in self.app.allWidgets():
                if isinstance(widget, QAbstractItemView):
                    widget.viewport().update()
        return ok

    def _install(self, language: str) -> bool:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language.startswith("en"):
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return True
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ok = True
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir),
                             (f"examsite_{language}", str(translations_dir()))):
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)
                ok = ok and not name.startswith("examsite")
        return ok
