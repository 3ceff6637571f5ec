"""``examsite-cli`` in real subprocesses: exit codes, JSON output, files written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.io.candidate_sheet import COLUMNS
from app.rules.profiles import get_profile
from tests.data_builders import (
    make_rows,
    write_candidate_file,
    write_photo_folder,
    wrong_check_digit,
)

REPO = Path(__file__).resolve().parents[2]
VALID_ID = "11010519491231002X"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class Cli:
    """Runs the CLI in a subprocess with its data folder inside the test's tmp_path."""

    def __init__(self, folder: Path, lang: str = "zh_CN") -> None:
        self.folder = folder
        self.lang = lang

    def run(self, *args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "EXAMSITE_LANG": lang or self.lang,
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO),
                                                           os.environ.get("PYTHONPATH")]))}
        return subprocess.run(
            [sys.executable, "-m", "app.cli", "--data-dir", str(self.folder / "data"), *args],
            capture_output=True, text=True, encoding="utf-8", env=env, cwd=self.folder,
            timeout=120, check=False)

    def json(self, *args: str, expect: int = EXIT_OK) -> Any:
        done = self.run(*args, "--json")
        assert done.returncode == expect, (done.returncode, done.stdout, done.stderr)
        return json.loads(done.stdout)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50-candidate demo database made once by the CLI itself."""
    folder = tmp_path_factory.mktemp("cli-demo")
    Cli(folder).json("demo", "--db", str(folder / "demo.sqlite"), "--candidates", "50")
    return folder / "demo.sqlite"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> str:
    """A private copy of the demo database (with its WAL files, if any)."""
    for suffix in ("", "-wal", "-shm"):
        source = demo_db.with_name(demo_db.name + suffix)
        if source.exists():
            shutil.copy(source, tmp_path / ("demo.sqlite" + suffix))
    return str(tmp_path / "demo.sqlite")


def listed(cli: Cli, db: str, *extra: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = cli.json("candidates", "list", "--db", db, *extra)
    return rows


# -- demo and list ----------------------------------------------------------------------------

def test_demo_creates_a_batch_and_prints_its_summary_as_json(cli: Cli, tmp_path: Path) -> None:
    out = cli.json("demo", "--db", str(tmp_path / "new.sqlite"), "--candidates", "50",
                   "--seed", "4", "--exam-date", "2026-12-03")

    assert out["candidates"] == 50
    assert out["batch_id"] == 1
    assert out["exam_date"] == "2026-12-03"
    assert out["plan_name"].startswith("2026-12-03")
    assert out["plan_name"].endswith("第3批")
    assert out["rooms"] > 0 and out["sessions"] > 0 and out["staff"] > 0
    assert (tmp_path / "new.sqlite").read_bytes()[:16] == b"SQLite format 3\x00"


def test_demo_on_a_database_that_has_one_exits_1_with_the_code(cli: Cli, db: str) -> None:
    out = cli.json("demo", "--db", db, "--candidates", "5", expect=EXIT_PROBLEM)

    assert (out["ok"], out["error"]) == (False, "demo.not_empty")


def test_demo_with_a_bad_count_exits_1_with_the_code(cli: Cli, tmp_path: Path) -> None:
    out = cli.json("demo", "--db", str(tmp_path / "x.sqlite"), "--candidates", "0",
                   expect=EXIT_PROBLEM)

    assert out["error"] == "demo.bad_count"
    assert out["params"] == {"count": 0}


def test_candidates_list_returns_every_candidate(cli: Cli, db: str) -> None:
    rows = listed(cli, db)

    assert len(rows) == 50
    assert {"name", "id_number", "ticket_no", "occupation", "level"} <= set(rows[0])
    assert len({r["id_number"] for r in rows}) == 50


def test_candidates_list_search_filters_by_name_id_number_and_ticket(cli: Cli, db: str) -> None:
    everyone = listed(cli, db)
    target = everyone[17]

    by_name = listed(cli, db, "--search", target["name"])
    by_id = listed(cli, db, "--search", target["id_number"])
    by_id_tail = listed(cli, db, "--search", target["id_number"][-8:].lower())
    by_ticket = listed(cli, db, "--search", target["ticket_no"])
    nobody = listed(cli, db, "--search", "不存在的人")

    assert target in by_name
    assert all(target["name"] in r["name"] for r in by_name)
    assert by_id == [target]
    assert target in by_id_tail
    assert by_ticket == [target]
    assert nobody == []


def test_candidates_list_prints_a_table_without_json(cli: Cli, db: str) -> None:
    done = cli.run("candidates", "list", "--db", db)

    assert done.returncode == EXIT_OK
    assert done.stdout.strip().splitlines()[-1] == "50 candidates"


def test_candidates_list_on_a_database_without_a_batch_exits_1(cli: Cli, tmp_path: Path) -> None:
    out = cli.json("candidates", "list", "--db", str(tmp_path / "fresh.sqlite"),
                   expect=EXIT_PROBLEM)

    assert out["error"] == "batch.none"


def test_a_file_that_is_not_a_database_exits_1_and_is_left_alone(cli: Cli,
                                                                 tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("这不是数据库\n", encoding="utf-8")

    out = cli.json("candidates", "list", "--db", str(notes), expect=EXIT_PROBLEM)

    assert out["error"] == "db.not_a_database"
    assert notes.read_text(encoding="utf-8") == "这不是数据库\n"


# -- import -----------------------------------------------------------------------------------

def test_importing_a_good_file_exits_0_and_adds_every_row(cli: Cli, db: str,
                                                          tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path / "in", 40)

    out = cli.json("candidates", "import", str(path), "--db", db)

    assert (out["rows"], out["imported"], out["applied"], out["problems"]) == (40, 40, True, [])
    numbers = {r["id_number"] for r in listed(cli, db)}
    assert len(numbers) == 90
    assert {r["id_number"] for r in rows} <= numbers


def test_importing_a_file_with_one_bad_row_exits_1_names_it_and_imports_nothing(
        cli: Cli, db: str, tmp_path: Path) -> None:
    bad_row = 23
    path, _ = write_candidate_file(tmp_path / "in", 40, change={
        (bad_row, "id_number"): lambda r: wrong_check_digit(r["id_number"])})

    out = cli.json("candidates", "import", str(path), "--db", db, expect=EXIT_PROBLEM)

    assert (out["imported"], out["applied"]) == (0, False)
    assert [(p["row"], p["column"], p["code"]) for p in out["problems"]] == [
        (bad_row, "id_number", "id.bad_check_digit")]
    assert "23" in out["problems"][0]["message"]
    assert len(listed(cli, db)) == 50


def test_skip_invalid_imports_the_good_rows_and_writes_a_report_naming_the_bad_row(
        cli: Cli, db: str, tmp_path: Path) -> None:
    bad_row = 9
    path, _ = write_candidate_file(tmp_path / "in", 40, change={(bad_row, "level"): "九级"})
    report = tmp_path / "问题报告.xlsx"

    out = cli.json("candidates", "import", str(path), "--db", db, "--skip-invalid",
                   "--report", str(report), expect=EXIT_PROBLEM)

    assert (out["imported"], out["skipped"], out["applied"]) == (39, 1, True)
    assert len(listed(cli, db)) == 89
    ws = load_workbook(report).worksheets[0]
    lines = [[c.value for c in row] for row in ws.iter_rows()]
    assert lines[0] == ["行号", "列", "错误代码", "说明"]
    assert [line[:3] for line in lines[1:]] == [[bad_row, "等级", "import.bad_level"]]
    assert "九级" in lines[1][3]


def test_report_folder_that_does_not_exist_yet_is_created(cli: Cli, db: str,
                                                          tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path / "in", 5, change={(4, "name"): ""})
    report = tmp_path / "reports" / "2026" / "问题.xlsx"

    out = cli.json("candidates", "import", str(path), "--db", db, "--skip-invalid",
                   "--report", str(report), expect=EXIT_PROBLEM)

    assert (out["imported"], out["report_error"]) == (4, None)
    assert report.is_file()


def test_a_report_that_cannot_be_written_still_prints_the_import_result(
        cli: Cli, db: str, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path / "in", 5, change={(4, "name"): ""})
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")

    done = cli.run("candidates", "import", str(path), "--db", db, "--skip-invalid",
                   "--report", str(blocker / "report.xlsx"), "--json")

    assert done.returncode == EXIT_PROBLEM
    out = json.loads(done.stdout)
    assert out["imported"] == 4
    assert out["report_error"].startswith(str(blocker / "report.xlsx"))
    assert "Traceback" not in done.stderr
    assert len(listed(cli, db)) == 54


def test_importing_a_missing_file_exits_1_with_the_code(cli: Cli, db: str,
                                                        tmp_path: Path) -> None:
    out = cli.json("candidates", "import", str(tmp_path / "无此文件.xlsx"), "--db", db,
                   expect=EXIT_PROBLEM)

    assert (out["error"], out["params"]) == ("import.file_missing", {"file": "无此文件.xlsx"})


def test_import_report_can_be_written_as_csv(cli: Cli, db: str, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path / "in", 5, change={(4, "name"): ""})
    report = tmp_path / "report.csv"

    done = cli.run("candidates", "import", str(path), "--db", db, "--report", str(report))

    assert done.returncode == EXIT_PROBLEM
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "行号,列,错误代码,说明"
    assert lines[1].startswith("4,姓名,import.required_missing,")


def test_importing_a_file_that_is_not_xlsx_exits_1_with_the_code(cli: Cli, db: str,
                                                                 tmp_path: Path) -> None:
    fake = tmp_path / "考生.xlsx"
    fake.write_text("姓名,性别\n张三,男\n", encoding="utf-8")

    out = cli.json("candidates", "import", str(fake), "--db", db, expect=EXIT_PROBLEM)

    assert (out["ok"], out["error"]) == (False, "import.not_xlsx")
    assert out["message"]
    assert len(listed(cli, db)) == 50


def test_import_prints_the_problems_in_chinese_without_json(cli: Cli, db: str,
                                                            tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path / "in", 5, change={(3, "occupation"): "宇航员"})

    done = cli.run("candidates", "import", str(path), "--db", db)

    assert done.returncode == EXIT_PROBLEM
    lines = done.stdout.strip().splitlines()
    assert "宇航员" in lines[0] and "3" in lines[0]
    assert lines[-1] == "rows=5 imported=0 skipped=5"


def test_import_with_an_explicit_photo_folder(cli: Cli, db: str, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path / "in", 6)
    photos = tmp_path / "elsewhere"
    (tmp_path / "in" / "照片").rename(photos)

    out = cli.json("candidates", "import", str(path), "--db", db, "--photos", str(photos))

    assert out["imported"] == 6


# -- idcheck ----------------------------------------------------------------------------------

def test_idcheck_accepts_a_valid_number(cli: Cli) -> None:
    out = cli.json("idcheck", VALID_ID)

    assert out["ok"] is True
    assert (out["id_type"], out["birth_date"], out["gender"]) == ("resident_id", "1949-12-31",
                                                                  "F")


def test_idcheck_rejects_a_bad_check_digit_with_its_reason(cli: Cli) -> None:
    out = cli.json("idcheck", wrong_check_digit(VALID_ID), expect=EXIT_PROBLEM)

    assert out["ok"] is False
    assert out["reason"] == "id.bad_check_digit"
    assert out["params"] == {"expected": "X", "actual": "0"}
    assert out["message"]


def test_idcheck_normalizes_lower_case_x_and_full_width_digits(cli: Cli) -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in VALID_ID[:-1]) + "x"

    out = cli.json("idcheck", full_width)

    assert (out["ok"], out["normalized"]) == (True, VALID_ID)


def test_idcheck_with_passport_type(cli: Cli) -> None:
    good = cli.json("idcheck", "E12345678", "--type", "passport")
    bad = cli.json("idcheck", "E1", "--type", "passport", expect=EXIT_PROBLEM)

    assert (good["ok"], good["id_type"]) == (True, "passport")
    assert (bad["ok"], bad["reason"]) == (False, "id.bad_length")


def test_idcheck_prints_a_verdict_in_the_chosen_language(cli: Cli) -> None:
    zh = cli.run("idcheck", VALID_ID, lang="zh_CN")
    en = cli.run("idcheck", wrong_check_digit(VALID_ID), lang="en")

    assert (zh.returncode, zh.stdout.strip()) == (EXIT_OK, f"有效: {VALID_ID}")
    assert en.returncode == EXIT_PROBLEM
    assert en.stdout.startswith("invalid: ")
    assert "X" in en.stdout


# -- usage errors -----------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["frobnicate"],
    [],
    ["candidates", "list"],
    ["candidates", "import", "x.xlsx"],
    ["timeline"],
    ["idcheck"],
    ["idcheck", VALID_ID, "--type", "driving_licence"],
    ["demo", "--db", "x.sqlite", "--candidates", "many"],
], ids=["unknown_command", "no_command", "list_without_db", "import_without_db",
        "timeline_without_db", "idcheck_without_number", "unknown_id_type", "count_not_a_number"])
def test_usage_errors_exit_2(cli: Cli, args: list[str]) -> None:
    done = cli.run(*args)

    assert done.returncode == EXIT_USAGE, done.stdout
    assert "usage:" in done.stderr
    assert not (cli.folder / "x.sqlite").exists()


# -- template and timeline --------------------------------------------------------------------

def test_candidates_template_writes_the_workbook(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "模板.xlsx"

    done = cli.run("candidates", "template", "--out", str(out))

    assert done.returncode == EXIT_OK
    ws = load_workbook(out).worksheets[0]
    assert [str(c.value).rstrip("*") for c in ws[1]] == [c.header for c in COLUMNS]


def test_a_template_filled_in_imports_through_the_cli(cli: Cli, db: str, tmp_path: Path) -> None:
    template = tmp_path / "模板.xlsx"
    assert cli.run("candidates", "template", "--out", str(template)).returncode == EXIT_OK
    rows = make_rows(3)
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=2):
        for c, col in enumerate(COLUMNS, start=1):
            ws.cell(row=r, column=c, value=row[col.key])
    wb.save(template)
    write_photo_folder(tmp_path / "照片", rows)

    out = cli.json("candidates", "import", str(template), "--db", db)

    assert (out["imported"], out["problems"]) == (3, [])


def test_timeline_lists_the_steps_of_the_guangxi_profile(cli: Cli, db: str) -> None:
    out = cli.json("timeline", "--db", db)

    assert out["plan_name"].endswith("第3批")
    assert [d["step"] for d in out["deadlines"]] == list(get_profile("guangxi").steps)
    assert all(d["status"] for d in out["deadlines"])


def test_timeline_prints_one_line_per_step(cli: Cli, db: str) -> None:
    done = cli.run("timeline", "--db", db)

    assert done.returncode == EXIT_OK
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 + len(get_profile("guangxi").steps)
