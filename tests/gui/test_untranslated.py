"""No visible string is left untranslated, in Chinese or in English.

The real main window over the demo database visits every screen and the dialogs its main
buttons open (those that need no file chooser), collects every text a user can read (labels,
buttons, group and tab titles, table headers, combo items, placeholders, menus, window titles,
tooltips) and fails on English words in the Chinese UI and on Chinese outside the data in the
English UI. Each offence is reported with the path of the widget that shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import JSON

from app.bootstrap import App
from app.model import Base
from ui.appearance import Translations
from ui.main_window import MainWindow

# English words that are legitimate in the Chinese UI: product and format names, units, keys.
ALLOWED_WORDS = {
    "ExamSite", "PDF", "PDFs", "xlsx", "xls", "csv", "CSV", "Excel", "ZIP", "zip", "SQLite",
    "USB", "Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "OCR", "JSON", "json", "age",
    "examsite", "sqlite", "png", "jpg", "jpeg", "txt", "Ed25519", "X25519", "SHA", "GHz", "MB",
    "KB", "GB", "Argon2id", "SQLCipher", "Unicode", "UTF",
    # key names as Qt shows them on a shortcut
    "Del", "Backspace", "Space", "Home", "End", "PgUp", "PgDown", "Ins", "Return",
}
# Texts shown in their own language whatever the UI language: the language menu.
LANGUAGE_NAMES = {"简体中文", "中文", "English"}
# Chinese names the English UI quotes as they are: the photo folder the importer looks for.
FILE_NAMES = {"照片"}
WORD = re.compile(r"(?<![A-Za-z0-9_.@/\\-])[A-Za-z]{3,}(?![A-Za-z0-9_@\\/-])")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
TAG = re.compile(r"<[^>]+>")
ENTITY = re.compile(r"&[a-z]+;|&#\d+;")
PLACEHOLDER = re.compile(r"\{[a-z]+(?::[0-9N]+)?\}")  # a template's parts, typed as shown
CELL_ROWS = 30  # table cells read per view: enough to see every kind of value


@dataclass
class Texts:
    """The texts seen, each with the path of the widget that shows it."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    cells: set[str] = field(default_factory=set)  # data shown in table cells and lists
    stored: set[str] = field(default_factory=set)  # Chinese data: every text in the database

    def add(self, path: str, text: str | None) -> None:
        if not text:
            return
        text = ENTITY.sub(" ", TAG.sub(" ", text)).replace("&", "")
        if text.strip():
            self.shown.append((path, text.strip()))


def _path(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _collect_view(view: QAbstractItemView, path: str, texts: Texts) -> None:
    model = view.model()
    if model is None:
        return
    for col in range(model.columnCount()):
        texts.add(f"{path}[header {col}]",
                  model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        texts.add(f"{path}[header tip {col}]", tip if isinstance(tip, str) else None)
    for row in range(min(model.rowCount(), CELL_ROWS)):
        for col in range(model.columnCount()):
            value = model.data(model.index(row, col))
            if isinstance(value, str) and value:
                texts.cells.add(value.strip())
                texts.cells.update(p.strip() for p in re.split(r"[\s,，、·/()（）]+", value))


def collect(root: QWidget, texts: Texts) -> None:
    """Every readable text of ``root`` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible() and w is not root:
            continue
        path = _path(w)
        texts.add(f"{path}.toolTip", w.toolTip())
        if w.isWindow():
            texts.add(f"{path}.windowTitle", w.windowTitle())
        if isinstance(w, QLabel):
            texts.add(path, w.text())
        elif isinstance(w, QAbstractButton):
            texts.add(path, w.text())
        elif isinstance(w, QGroupBox):
            texts.add(f"{path}.title", w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                texts.add(f"{path}[tab {i}]", w.tabText(i))
                texts.add(f"{path}[tab {i}].toolTip", w.tabToolTip(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                texts.add(f"{path}[item {i}]", w.itemText(i))
        elif isinstance(w, QLineEdit):
            texts.add(f"{path}.placeholder", w.placeholderText())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            texts.add(f"{path}.placeholder", w.placeholderText())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                texts.add(f"{path}[item {i}]", w.item(i).text())
        elif isinstance(w, QAbstractItemView):
            _collect_view(w, path, texts)


def collect_menus(window: MainWindow, texts: Texts) -> None:
    def walk(actions: list[QAction], path: str) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            texts.add(f"{path}/{action.text()}", action.text())
            texts.add(f"{path}/{action.text()}.toolTip",
                      action.toolTip() if action.toolTip() != action.text().replace("&", "")
                      else None)
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions(), f"{path}/{action.text()}")

    walk(window.menuBar().actions(), "menuBar")


def untranslated_english(texts: Texts) -> list[str]:
    bad = []
    for path, text in texts.shown:
        if text in texts.cells or text in LANGUAGE_NAMES:
            continue  # data (a name, a code) shown as it is
        words = [w for w in WORD.findall(PLACEHOLDER.sub(" ", text))
                 if w not in ALLOWED_WORDS and w not in texts.cells]
        if words:
            bad.append(f"{path}: {text!r} ({', '.join(words)})")
    return bad


def chinese_outside_data(texts: Texts) -> list[str]:
    data = texts.cells | texts.stored
    bad = []
    for path, text in texts.shown:
        if not CJK.search(text) or text in LANGUAGE_NAMES or text in data:
            continue
        # A text made only of data values (a room name with its site, a batch name) is data.
        pieces = [p for p in re.split(r"[\s,，、·:：/()（）—–]+", text) if CJK.search(p)]
        if pieces and all(p in data or p in FILE_NAMES for p in pieces):
            continue
        # A sentence that quotes data values (a plan's contact and complaints channel) is
        # fine when nothing Chinese is left once the values are taken out.
        rest = text
        for value in sorted((v for v in data if v in text), key=len, reverse=True):
            rest = rest.replace(value, " ")
        if not CJK.search(rest):
            continue
        bad.append(f"{path}: {text!r}")
    return bad


# -- opening the dialogs a screen's main buttons open ----------------------------------------
def _dialog_openers(window: MainWindow,
                    settings: QSettings) -> dict[str, list[Callable[[QWidget], object]]]:
    def login(_screen: QWidget) -> object:
        from ui.screens.login.login import LoginDialog

        dialog = LoginDialog(window.app, window.runner, window, settings=settings)
        dialog.open()
        return dialog

    def change_password(_screen: QWidget) -> object:
        from ui.screens.login.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(window.app, window.runner, window.app.actor, window)
        dialog.open()
        return dialog

    return {
        "overview": [lambda s: s.open_archive(), lambda s: s.archive_dialog.open_index(), login,
                     change_password],
        "supervision": [lambda s: s.open_print()],
        "custody": [lambda s: s.open_print()],
        "candidates": [lambda s: s.open_import(), lambda s: s.open_print()],
        "seating": [lambda s: s.open_draw(), lambda s: s.open_print()],
        "rooms": [lambda s: s.open_new_room(), lambda s: s.open_session(None)],
        "staffing": [lambda s: s.open_print()],
        "scoring": [lambda s: s.ask_sign_in()],
        "results": [lambda s: s.open_supervision()],
        "transfer": [lambda s: s.open_export(), lambda s: s.open_import()],
    }


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()]


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    QApplication.processEvents()


@pytest.fixture
def window_in(qtbot, request, translations: Translations,
              error_sink) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def build(language: str, database: str = "demo_app") -> MainWindow:
        """The main window in ``language`` over ``demo_app`` (or ``empty_app``: no batch)."""
        app: App = request.getfixturevalue(database)
        assert translations.install(language)
        window = MainWindow(app, translations, error_sink)
        qtbot.addWidget(window)
        window.show()
        if database == "demo_app":
            qtbot.waitUntil(lambda: len(window.screens) >= 11, timeout=5000)
            candidates = window.screen("candidates")
            qtbot.waitUntil(lambda: candidates.model.rowCount() == 200, timeout=5000)
        else:
            qtbot.waitUntil(lambda: len(window.screens) > 0, timeout=5000)
        windows.append(window)
        return window

    yield build
    for window in windows:
        qtbot.waitUntil(lambda w=window: not w.runner.busy(), timeout=5000)
        window.runner.shutdown()


def _is_text(column) -> bool:
    if isinstance(column.type, JSON):
        return True
    try:
        return column.type.python_type is str
    except NotImplementedError:
        return False


def _strings(value: object) -> Iterator[str]:
    """The texts of a column's value, including those inside a JSON document."""
    if isinstance(value, str):
        yield value.strip()
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def database_values(app: App) -> set[str]:
    """Every text stored in the database (names of people, rooms, sites, occupations...):
    data, shown as it is in any language."""
    values: set[str] = set()
    with app.uow().read() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if _is_text(c)]
            if not columns:
                continue
            for row in s.execute(table.select().with_only_columns(*columns)):
                values.update(v for value in row for v in _strings(value) if CJK.search(v))
    return values


def visit_everything(qtbot, window: MainWindow, settings: QSettings, *,
                     refresh: bool = True) -> Texts:
    """Collect the texts of every screen (reloaded first with ``refresh``; without it, what
    a language switch alone left on the screens), of its tabs and of its dialogs."""
    texts = Texts()
    texts.stored = database_values(window.app)
    actor = window.app.actor  # the logged-in user's name is data too
    texts.cells.update({actor.username, actor.display_name})
    if window.batch is not None:  # the batch's own name and its body's name are data
        texts.cells.update({window.batch.plan_name, window.batch.body_name})
    collect_menus(window, texts)
    openers = _dialog_openers(window, settings)
    for i, (key, screen) in enumerate(window.screens):
        window.nav.setCurrentRow(i)
        reload = getattr(screen, "refresh", None)  # (the start page has nothing to load)
        if refresh and reload is not None:
            reload()
        _idle(qtbot, window)
        collect(window, texts)
        for tabs in screen.findChildren(QTabWidget):  # the pages behind the other tabs
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                _idle(qtbot, window)
                collect(tabs, texts)
            tabs.setCurrentIndex(0)
        for opener in openers.get(key, []):
            before = set(map(id, _open_dialogs()))
            opener(screen)
            _idle(qtbot, window)
            for dialog in _open_dialogs():
                if id(dialog) not in before:
                    collect(dialog, texts)
                    dialog.reject()
            _idle(qtbot, window)
    return texts


def test_the_chinese_ui_shows_no_untranslated_english(qtbot, window_in, tmp_path):
    window = window_in("zh_CN")
    texts = visit_everything(qtbot, window, _settings(tmp_path))
    assert len(texts.shown) > 300
    bad = untranslated_english(texts)
    assert not bad, "untranslated English in the Chinese UI:\n" + "\n".join(sorted(set(bad)))


def test_the_english_ui_shows_no_chinese_outside_the_data(qtbot, window_in, tmp_path):
    window = window_in("en")
    texts = visit_everything(qtbot, window, _settings(tmp_path))
    assert len(texts.shown) > 300
    bad = chinese_outside_data(texts)
    assert not bad, "Chinese in the English UI:\n" + "\n".join(sorted(set(bad)))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_database_without_a_batch_is_translated_too(qtbot, window_in, tmp_path, language):
    window = window_in(language, "empty_app")
    texts = visit_everything(qtbot, window, _settings(tmp_path))
    assert len(texts.shown) > 30
    bad = untranslated_english(texts) if language == "zh_CN" else chinese_outside_data(texts)
    assert not bad, "\n".join(sorted(set(bad)))


@pytest.mark.parametrize(("start", "switch_to"), [("zh_CN", "en"), ("en", "zh_CN")])
def test_after_a_switch_in_place_nothing_of_the_old_language_is_left(
        qtbot, window_in, tmp_path, start, switch_to):
    window = window_in(start)
    visit_everything(qtbot, window, _settings(tmp_path))  # every screen built and filled
    window.language_actions[switch_to].trigger()
    QApplication.processEvents()  # LanguageChange is posted to every widget
    texts = visit_everything(qtbot, window, _settings(tmp_path), refresh=False)
    bad = untranslated_english(texts) if switch_to == "zh_CN" else chinese_outside_data(texts)
    assert not bad, f"left over after switching to {switch_to}:\n" + "\n".join(sorted(set(bad)))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_first_start_dialog_is_translated_on_both_pages(qtbot, translations, tmp_path,
                                                            language, error_sink):
    from ui.screens.first_start.dialog import FirstStartDialog
    from ui.tasks import TaskRunner

    assert translations.install(language)
    runner = TaskRunner(error_sink)
    texts = Texts()
    for choice in ("site", "body"):
        dialog = FirstStartDialog(runner, tmp_path / "data")
        qtbot.addWidget(dialog)
        dialog.show()
        collect(dialog, texts)
        dialog.choose(choice)
        collect(dialog, texts)
        dialog.reject()
    runner.shutdown()
    assert len(texts.shown) > 20
    bad = untranslated_english(texts) if language == "zh_CN" else chinese_outside_data(texts)
    assert not bad, "\n".join(sorted(set(bad)))


def test_the_checker_itself_catches_both_kinds():
    texts = Texts()
    texts.cells.add("张三")
    texts.stored.add("理论考场001")  # a part of a data value is not data
    texts.add("a", "保存")
    texts.add("b", "Save the roster")
    texts.add("c", "张三")
    texts.add("d", "考场")
    texts.add("e", "导出 PDF")
    assert [b.split(":")[0] for b in untranslated_english(texts)] == ["b"]
    assert [b.split(":")[0] for b in chinese_outside_data(texts)] == ["a", "d", "e"]
