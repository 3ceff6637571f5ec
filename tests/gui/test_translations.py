"""Translations are complete: every message code has a template, every UI string has a
Chinese translation, and the catalog is in sync with the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from app.i18n import translator
from app.messages import MESSAGES, render

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "i18n" / "examsite_zh_CN.ts"
CODE = re.compile(
    r'"((?:import|id|photo|demo|batch|db|calendar|plan|profile|staffing|deadline|candidate|'
    r'ticket|tickets|checkin|seating|seat_move|rooms|roomdocs|marks|users|scoring|rubrics|'
    r'theory|pages|reports|supervision|audit|auth|accounts|archive|keys|identity|package|'
    r'transfer|readiness|meeting|incident|custody|change|eligibility|publicity|certificate|gate)'
    r'\.[a-z_0-9]+)"')
AUDIT_ACTION = re.compile(r'AuditEntry\(\s*"[^"]+"')
PERMISSION = re.compile(r'require\(\w+, f?"[^"]+"\)')  # permission names, not messages


def _unfinished(ts: Path) -> list[str]:
    root = ElementTree.parse(ts).getroot()
    return [f"[{c.findtext('name')}] {m.findtext('source')}"
            for c in root.iter("context") for m in c.iter("message")
            if (m.find("translation") is None
                or m.find("translation").get("type") == "unfinished"
                or not "".join(m.find("translation").itertext()).strip())]  # plural forms too


def test_every_code_the_core_raises_has_a_message():
    codes = set()
    for path in (ROOT / "app").rglob("*.py"):
        if (path.name in {"messages.py", "permissions.py"}
                or {"model", "migrations", "message_sets"} & set(path.parts)):
            continue
        # Audit action names look like codes but are never shown as messages.
        text = PERMISSION.sub("", AUDIT_ACTION.sub("", path.read_text(encoding="utf-8")))
        text = "\n".join(line for line in text.splitlines()
                         if not line.lstrip().startswith("action = ")
                         and not line.rstrip().endswith("# audit action"))
        codes |= set(CODE.findall(text))
    missing = sorted(c for c in codes if c not in MESSAGES)
    assert not missing, missing
    assert len(codes) > 40


def test_every_chinese_translation_is_finished():
    assert _unfinished(TS) == []


def test_the_catalog_is_in_sync_with_the_sources(tmp_path: Path):
    """Re-extracting the strings finds nothing new: no tr() string lacks a translation."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in (ROOT / "ui").rglob("*.py")] + [
        str(ROOT / "app/messages.py"), str(ROOT / "app/rules/staffing.py"),
        *(str(p) for p in sorted((ROOT / "app/message_sets").glob("*.py")))]
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], check=True,
                   capture_output=True, cwd=ROOT)
    assert _unfinished(copy) == []


def test_the_cli_reads_the_same_chinese_catalog():
    zh = translator("zh_CN")
    assert render("import.required_missing", {}, zh) == "必填项为空。"
    assert render("id.bad_check_digit", {"expected": "X", "actual": "1"}, zh) == \
        "校验码错误：应为 X，实际为 1。"
    assert render("import.required_missing", {}, translator("en")) == "Required, but empty."


def test_every_message_template_formats_with_its_own_placeholders():
    for code, template in MESSAGES.items():
        names = set(re.findall(r"{(\w+)}", template))
        assert render(code, {n: "x" for n in names}) != template or not names, code
