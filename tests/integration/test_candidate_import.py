"""The Excel candidate import, end to end: real .xlsx files, real photos, a real SQLite file."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import NotFoundError, UserCancelled, ValidationError
from app.io.candidate_sheet import COLUMNS, read_candidate_sheet
from app.io.candidate_template import write_template
from app.io.photos import MAX_PHOTO_BYTES, MAX_SIDE
from app.model import (
    AuditEvent,
    Batch,
    BatchOffering,
    Candidate,
    CandidatePhoto,
    Registration,
)
from app.paths import templates_dir
from app.services.import_checks import ImportProblem
from app.services.registration import ImportReport, import_candidates
from tests.conftest import NOW
from tests.data_builders import (
    PHOTO_FOLDER,
    Row,
    large_jpeg,
    make_rows,
    photo_bytes,
    row_index,
    sheet_row,
    write_candidate_file,
    write_photo_folder,
    write_workbook,
    wrong_check_digit,
)


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


SHIPPED_TEMPLATE = templates_dir() / "candidates-template.xlsx"


# -- helpers ----------------------------------------------------------------------------------

def demo_batch(app: App) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(Batch.id).order_by(Batch.id).limit(1)) or 0)


def counts(app: App) -> tuple[int, int, int, int]:
    """(registrations, candidates, photos, audit events)."""
    with app.uow().read() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Registration, Candidate, CandidatePhoto, AuditEvent))


def run_import(app: App, path: Path, **kw: Any) -> ImportReport:
    return import_candidates(app.uow(), demo_batch(app), path, **kw)


def cells(report: ImportReport) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.code) for p in report.problems]


def only_problem(report: ImportReport) -> ImportProblem:
    assert len(report.problems) == 1, cells(report)
    return report.problems[0]


def assert_nothing_imported(app: App, before: tuple[int, int, int, int],
                            report: ImportReport) -> None:
    assert report.applied is False
    assert report.imported == 0
    assert counts(app) == before


def imported_numbers(app: App, batch_id: int) -> set[str]:
    with app.uow().read() as s:
        return set(s.scalars(select(Candidate.id_number)
                             .join(Registration, Registration.candidate_id == Candidate.id)
                             .where(Registration.batch_id == batch_id)))


def stored_photo(app: App, id_number: str) -> CandidatePhoto:
    with app.uow().read() as s:
        photo = s.scalars(select(CandidatePhoto)
                          .join(Candidate, Candidate.id == CandidatePhoto.candidate_id)
                          .where(Candidate.id_number == id_number)).one()
        s.expunge(photo)
    return photo


# -- the acceptance case: 1 bad row among 500 -------------------------------------------------

BAD_ROW = 317


def bad_check_digit(row: Row) -> str:
    return wrong_check_digit(str(row["id_number"]))


def test_one_bad_row_among_500_imports_nothing_and_names_the_row_and_column(
        demo_app: App, tmp_path: Path) -> None:
    path, _rows = write_candidate_file(tmp_path, 500,
                                       change={(BAD_ROW, "id_number"): bad_check_digit})
    before = counts(demo_app)

    report = run_import(demo_app, path)

    assert_nothing_imported(demo_app, before, report)
    assert report.total_rows == 500
    problem = only_problem(report)
    assert (problem.row, problem.column, problem.code) == (BAD_ROW, "id_number",
                                                           "id.bad_check_digit")
    assert report.bad_rows == 1


def test_skip_invalid_imports_the_499_good_rows_each_with_an_audit_event(
        demo_app: App, tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 500,
                                      change={(BAD_ROW, "id_number"): bad_check_digit})
    regs, cands, photos, events = counts(demo_app)

    report = run_import(demo_app, path, skip_invalid=True)

    assert report.applied is True
    assert (report.imported, report.skipped) == (499, 1)
    assert cells(report) == [(BAD_ROW, "id_number", "id.bad_check_digit")]
    # 499 registrations, one audit event each plus one for the file
    assert counts(demo_app) == (regs + 499, cands + 499, photos + 499, events + 500)
    good = {str(r["id_number"]) for i, r in enumerate(rows) if sheet_row(i) != BAD_ROW}
    batch = demo_batch(demo_app)
    assert good <= imported_numbers(demo_app, batch)
    assert str(rows[row_index(BAD_ROW)]["id_number"]) not in imported_numbers(demo_app, batch)
    with demo_app.uow().read() as s:
        new_regs = dict(s.execute(
            select(Registration.id, Registration.candidate_id)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .where(Candidate.id_number.in_(good))).all())
        events_by_reg = dict(s.execute(
            select(AuditEvent.object_id, AuditEvent.candidate_id)
            .where(AuditEvent.action == "registration.imported")).all())
        file_events = s.execute(select(AuditEvent.object_id, AuditEvent.summary)
                                .where(AuditEvent.action == "candidates.imported")).all()
    assert len(new_regs) == 499
    assert {int(k): v for k, v in events_by_reg.items()} == new_regs
    assert [(oid, summary["imported"]) for oid, summary in file_events] == [(str(batch), 499)]


# -- one problem kind at a time ---------------------------------------------------------------

ROW = 5  # the sheet row made bad in a file of 8 rows


def _other_gender(row: Row) -> str:
    return "女" if row["gender"] == "男" else "男"


def _birth_from_id(row: Row) -> date:
    n = str(row["id_number"])
    return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))


CELL_PROBLEMS: list[tuple[str, str, Callable[[Row], Any] | Any, str, str]] = [
    # (id, column changed, new value, column reported, code)
    ("bad_check_digit", "id_number", bad_check_digit, "id_number", "id.bad_check_digit"),
    ("id_too_short", "id_number", lambda r: str(r["id_number"])[:-2], "id_number",
     "id.bad_length"),
    ("missing_name", "name", "", "name", "import.required_missing"),
    ("missing_gender", "gender", "", "gender", "import.required_missing"),
    ("missing_occupation", "occupation", "", "occupation", "import.required_missing"),
    ("missing_level", "level", "", "level", "import.required_missing"),
    ("unknown_occupation", "occupation", "飞机驾驶员", "occupation", "import.unknown_occupation"),
    ("level_not_offered", "level", "二级/技师", "level", "import.level_not_offered"),
    ("bad_level_text", "level", "六级/超级工", "level", "import.bad_level"),
    ("bad_date", "birth_date", "1990-13-45", "birth_date", "import.bad_date"),
    ("birth_date_in_future", "birth_date", "2030-01-01", "birth_date", "import.bad_date"),
    ("birth_date_mismatch", "birth_date", lambda r: (_birth_from_id(r) + timedelta(days=1)),
     "birth_date", "import.birth_date_mismatch"),
    ("gender_mismatch", "gender", _other_gender, "gender", "import.gender_mismatch"),
    ("bad_gender", "gender", "未知", "gender", "import.bad_gender"),
    ("bad_id_type", "id_type", "军官证", "id_type", "import.bad_id_type"),
    ("bad_phone", "phone", "12345", "phone", "import.bad_phone"),
    # longer than the column (PostgreSQL would refuse the whole import)
    ("long_work_unit", "work_unit", "南宁市" * 67, "work_unit", "import.too_long"),
    ("long_education", "education", "本" * 41, "education", "import.too_long"),
]


@pytest.mark.parametrize(("column", "value", "reported", "code"),
                         [c[1:] for c in CELL_PROBLEMS], ids=[c[0] for c in CELL_PROBLEMS])
def test_a_bad_cell_is_reported_at_its_row_and_column_and_nothing_is_imported(
        demo_app: App, tmp_path: Path, column: str, value: Any, reported: str,
        code: str) -> None:
    change = {(ROW, column): value}
    if column == "level":
        change[(ROW, "occupation")] = "焊工"  # offers levels 5, 4 and 3 only
    path, _ = write_candidate_file(tmp_path, 8, change=change)
    before = counts(demo_app)

    report = run_import(demo_app, path)

    assert_nothing_imported(demo_app, before, report)
    problem = only_problem(report)
    assert (problem.row, problem.column, problem.code) == (ROW, reported, code)


def test_birth_date_mismatch_names_both_dates(demo_app: App, tmp_path: Path) -> None:
    rows = make_rows(8)
    real = _birth_from_id(rows[row_index(ROW)])
    path, _ = write_candidate_file(tmp_path, 8, change={(ROW, "birth_date"): "1960-02-29"})

    problem = only_problem(run_import(demo_app, path))

    assert (problem.row, problem.column, problem.code) == (ROW, "birth_date",
                                                           "import.birth_date_mismatch")
    assert problem.params == {"value": "1960-02-29", "expected": real.isoformat()}


def test_birth_date_written_as_an_excel_date_cell_is_accepted(demo_app: App,
                                                              tmp_path: Path) -> None:
    rows = make_rows(8)
    for row in rows:
        row["birth_date"] = _birth_from_id(row)  # openpyxl writes a real date cell
    write_photo_folder(tmp_path / PHOTO_FOLDER, rows)
    path = write_workbook(tmp_path / "dates.xlsx", rows)

    report = run_import(demo_app, path)

    assert report.problems == ()
    assert report.imported == 8


def test_duplicate_id_in_the_file_points_at_the_first_row(demo_app: App,
                                                          tmp_path: Path) -> None:
    rows = make_rows(8)
    first = 3
    path, _ = write_candidate_file(tmp_path, 8, change={
        (ROW, key): rows[row_index(first)][key] for key in ("id_number", "gender", "birth_date")})
    before = counts(demo_app)

    report = run_import(demo_app, path)

    assert_nothing_imported(demo_app, before, report)
    problem = only_problem(report)
    assert (problem.row, problem.column, problem.code) == (ROW, "id_number",
                                                           "import.duplicate_in_file")
    assert problem.params == {"first_row": first}


def test_importing_the_same_file_twice_reports_every_row_as_already_registered(
        demo_app: App, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path, 12)
    first = run_import(demo_app, path)
    assert (first.applied, first.imported, first.problems) == (True, 12, ())
    before = counts(demo_app)

    second = run_import(demo_app, path)

    assert_nothing_imported(demo_app, before, second)
    assert cells(second) == [(sheet_row(i), "id_number", "import.already_registered")
                             for i in range(12)]


def test_skip_invalid_with_every_row_already_registered_writes_nothing(
        demo_app: App, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path, 4)
    run_import(demo_app, path)
    before = counts(demo_app)

    report = run_import(demo_app, path, skip_invalid=True)

    assert_nothing_imported(demo_app, before, report)
    assert len(report.problems) == 4


def test_id_number_stored_as_a_number_cell_is_refused(demo_app: App, tmp_path: Path) -> None:
    rows = make_rows(8)
    # a row whose check character is a digit, so the number fits in a numeric cell
    target = next(sheet_row(i) for i, r in enumerate(rows) if str(r["id_number"])[-1] != "X")
    path, _ = write_candidate_file(tmp_path, 8,
                                   change={(target, "id_number"): lambda r: int(r["id_number"])})
    # Excel keeps numbers as doubles: an 18-digit number comes back rounded
    assert isinstance(load_workbook(path).worksheets[0].cell(target, 4).value, int | float)
    before = counts(demo_app)

    report = run_import(demo_app, path)

    assert_nothing_imported(demo_app, before, report)
    problem = only_problem(report)
    assert (problem.row, problem.column, problem.code) == (target, "id_number",
                                                           "import.id_number_as_number")


def test_missing_photo_file_is_reported_at_the_photo_column(demo_app: App,
                                                            tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 8)
    number = str(rows[row_index(ROW)]["id_number"])
    (tmp_path / PHOTO_FOLDER / f"{number}.png").unlink()
    before = counts(demo_app)

    report = run_import(demo_app, path)

    assert_nothing_imported(demo_app, before, report)
    problem = only_problem(report)
    assert (problem.row, problem.column, problem.code) == (ROW, "photo", "import.photo_missing")
    assert problem.params == {"file": number}


def test_photo_named_in_the_sheet_but_absent_is_reported_with_its_name(
        demo_app: App, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path, 8, change={(ROW, "photo"): "张三.jpg"})

    problem = only_problem(run_import(demo_app, path))

    assert (problem.row, problem.column, problem.code) == (ROW, "photo", "import.photo_missing")
    assert problem.params == {"file": "张三.jpg"}


def test_photo_that_is_not_an_image_is_refused(demo_app: App, tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 8)
    number = str(rows[row_index(ROW)]["id_number"])
    (tmp_path / PHOTO_FOLDER / f"{number}.png").write_bytes(b"this is not a picture\n" * 40)
    before = counts(demo_app)

    report = run_import(demo_app, path)

    assert_nothing_imported(demo_app, before, report)
    problem = only_problem(report)
    assert (problem.row, problem.column, problem.code) == (ROW, "photo", "photo.not_an_image")


def test_photo_larger_than_5_mb_is_refused(demo_app: App, tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 8)
    number = str(rows[row_index(ROW)]["id_number"])
    (tmp_path / PHOTO_FOLDER / f"{number}.png").write_bytes(b"\x89PNG" + bytes(MAX_PHOTO_BYTES))

    problem = only_problem(run_import(demo_app, path))

    assert (problem.row, problem.column, problem.code) == (ROW, "photo", "photo.too_large")


def test_a_photo_file_named_in_the_photo_column_is_used(demo_app: App, tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 3, change={(3, "photo"): "王五.png"})
    own = photo_bytes(77)
    (tmp_path / PHOTO_FOLDER / "王五.png").write_bytes(own)

    report = run_import(demo_app, path)

    assert (report.imported, report.problems) == (3, ())
    assert stored_photo(demo_app, str(rows[row_index(3)]["id_number"])).data == own


def test_importing_into_a_missing_batch_raises_not_found(demo_app: App, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path, 3)
    before = counts(demo_app)

    with pytest.raises(NotFoundError) as exc:
        import_candidates(demo_app.uow(), 999, path)

    assert (exc.value.code, exc.value.params) == ("batch.not_found", {"batch_id": 999})
    assert counts(demo_app) == before


class _CancelAt:
    """A progress sink whose user presses Cancel once ``done`` reaches ``at``."""

    def __init__(self, at: int) -> None:
        self.at, self.done = at, 0

    def report(self, done: int, total: int) -> None:
        self.done = done

    def cancelled(self) -> bool:
        return self.done >= self.at


@pytest.mark.parametrize("at", [0, 1000], ids=["while_reading_photos", "while_checking_rows"])
def test_a_cancelled_import_writes_nothing(demo_app: App, tmp_path: Path, at: int) -> None:
    path, _ = write_candidate_file(tmp_path, 600)
    before = counts(demo_app)

    with pytest.raises(UserCancelled):
        run_import(demo_app, path, progress=_CancelAt(at))

    assert counts(demo_app) == before


def test_every_problem_of_a_file_is_reported_sorted_by_row(demo_app: App,
                                                            tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path, 10, change={
        (9, "level"): "十级", (3, "name"): "", (6, "occupation"): "宇航员",
        (3, "phone"): "abc"})

    report = run_import(demo_app, path)

    assert cells(report) == [(3, "name", "import.required_missing"),
                             (3, "phone", "import.bad_phone"),
                             (6, "occupation", "import.unknown_occupation"),
                             (9, "level", "import.bad_level")]
    assert report.bad_rows == 3


# -- files that cannot be used at all ---------------------------------------------------------

def _text_file(path: Path) -> None:
    path.write_text("姓名,性别,证件号码\n张三,男,110105194912310021\n", encoding="utf-8")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(4096))


def _zip_not_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a workbook")


def _empty_workbook(path: Path) -> None:
    Workbook().save(path)


def _headers_only(path: Path) -> None:
    write_workbook(path, [])


def _merged_data_cells(path: Path) -> None:
    write_workbook(path, make_rows(5))
    wb = load_workbook(path)
    wb.worksheets[0].merge_cells("G3:G4")
    wb.save(path)


FILE_PROBLEMS = [
    ("csv_renamed_to_xlsx", _text_file, "import.not_xlsx"),
    ("random_bytes", _random_bytes, "import.not_xlsx"),
    ("zip_that_is_not_a_workbook", _zip_not_workbook, "import.not_xlsx"),
    ("empty_sheet", _empty_workbook, "import.empty_sheet"),
    ("header_row_but_no_data", _headers_only, "import.empty_sheet"),
    ("merged_cells_in_the_data", _merged_data_cells, "import.merged_cells"),
]


@pytest.mark.parametrize(("make", "code"), [c[1:] for c in FILE_PROBLEMS],
                         ids=[c[0] for c in FILE_PROBLEMS])
def test_an_unusable_file_raises_its_code_and_changes_nothing(
        demo_app: App, tmp_path: Path, make: Callable[[Path], None], code: str) -> None:
    path = tmp_path / "考生.xlsx"
    make(path)
    before = counts(demo_app)

    with pytest.raises(ValidationError) as exc:
        run_import(demo_app, path)

    assert exc.value.code == code
    assert exc.value.params["file"] == "考生.xlsx"
    assert counts(demo_app) == before


def test_merged_cells_error_names_the_range(demo_app: App, tmp_path: Path) -> None:
    path = tmp_path / "merged.xlsx"
    _merged_data_cells(path)

    with pytest.raises(ValidationError) as exc:
        run_import(demo_app, path)

    assert exc.value.params["cells"] == "G3:G4"


def test_a_merged_title_above_the_header_is_allowed(demo_app: App, tmp_path: Path) -> None:
    rows = make_rows(3)
    write_photo_folder(tmp_path / PHOTO_FOLDER, rows)
    wb = Workbook()
    ws = wb.active
    ws.append(["2026年第3批职业技能等级认定考生名单"])
    ws.merge_cells("A1:L1")
    ws.append([c.header for c in COLUMNS])
    for row in rows:
        ws.append([row[c.key] for c in COLUMNS])
    wb.save(tmp_path / "titled.xlsx")

    report = run_import(demo_app, tmp_path / "titled.xlsx")

    assert report.imported == 3
    assert [p.row for p in report.problems] == []


def test_missing_headers_are_listed_by_their_chinese_names(demo_app: App,
                                                           tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "partial.xlsx", make_rows(3),
                          columns=["name", "gender", "id_number", "phone"])
    before = counts(demo_app)

    with pytest.raises(ValidationError) as exc:
        run_import(demo_app, path)

    assert exc.value.code == "import.missing_headers"
    assert exc.value.params["missing"].split("、") == ["职业（工种）", "等级"]
    assert counts(demo_app) == before


def test_a_sheet_without_any_known_header_lists_every_required_header(
        demo_app: App, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "other.xlsx", make_rows(3),
                          headers=[f"列{i}" for i in range(len(COLUMNS))])

    with pytest.raises(ValidationError) as exc:
        run_import(demo_app, path)

    assert exc.value.code == "import.missing_headers"
    assert exc.value.params["missing"].split("、") == [c.header for c in COLUMNS if c.required]


def test_a_missing_file_raises_file_missing(demo_app: App, tmp_path: Path) -> None:
    before = counts(demo_app)

    with pytest.raises(ValidationError) as exc:
        run_import(demo_app, tmp_path / "nowhere.xlsx")

    assert exc.value.code == "import.file_missing"
    assert counts(demo_app) == before


# -- photos -----------------------------------------------------------------------------------

def test_photos_embedded_in_the_sheet_are_imported(demo_app: App, tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 6, photos="embedded")
    assert not (tmp_path / PHOTO_FOLDER).exists()

    report = run_import(demo_app, path)

    assert (report.imported, report.problems) == (6, ())
    for row in rows:
        photo = stored_photo(demo_app, str(row["id_number"]))
        assert photo.mime == "image/png"
        assert photo.sha256 == hashlib.sha256(photo.data).hexdigest()
        with Image.open(io.BytesIO(photo.data)) as img:
            assert img.size == (96, 128)


def test_photos_are_found_in_the_photo_folder_beside_the_workbook(demo_app: App,
                                                                  tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 6, photos="folder")

    report = run_import(demo_app, path)

    assert (report.imported, report.problems) == (6, ())
    for row in rows:
        number = str(row["id_number"])
        on_disk = (tmp_path / PHOTO_FOLDER / f"{number}.png").read_bytes()
        assert stored_photo(demo_app, number).data == on_disk


def test_photos_dir_given_explicitly_is_used(demo_app: App, tmp_path: Path) -> None:
    rows = make_rows(4)
    write_photo_folder(tmp_path / "elsewhere", rows)
    (tmp_path / "sheet").mkdir()
    path = write_workbook(tmp_path / "sheet" / "考生.xlsx", rows)

    report = run_import(demo_app, path, photos_dir=tmp_path / "elsewhere")

    assert (report.imported, report.problems) == (4, ())


def test_an_id_number_typed_with_spaces_or_full_width_digits_finds_its_photo(
        demo_app: App, tmp_path: Path) -> None:
    rows = make_rows(3)
    write_photo_folder(tmp_path / PHOTO_FOLDER, rows)  # files named by the canonical number
    canonical = [str(r["id_number"]) for r in rows]
    rows[0]["id_number"] = f"{canonical[0][:6]} {canonical[0][6:14]} {canonical[0][14:]}"
    rows[1]["id_number"] = "".join(chr(ord(c) + 0xFEE0) for c in canonical[1])  # full width
    rows[2]["id_number"] = canonical[2].lower() + " "
    path = write_workbook(tmp_path / "typed.xlsx", rows)

    report = run_import(demo_app, path)

    assert (report.imported, report.problems) == (3, ())
    assert set(canonical) <= imported_numbers(demo_app, demo_batch(demo_app))


def test_a_large_jpeg_photo_is_stored_shrunk(demo_app: App, tmp_path: Path) -> None:
    path, rows = write_candidate_file(tmp_path, 3)
    number = str(rows[0]["id_number"])
    (tmp_path / PHOTO_FOLDER / f"{number}.png").unlink()
    big = large_jpeg(2000, 3000)
    (tmp_path / PHOTO_FOLDER / f"{number}.jpg").write_bytes(big)

    report = run_import(demo_app, path)

    assert (report.imported, report.problems) == (3, ())
    photo = stored_photo(demo_app, number)
    assert photo.mime == "image/jpeg"
    assert len(photo.data) < len(big)
    with Image.open(io.BytesIO(photo.data)) as img:
        assert img.format == "JPEG"
        assert img.width <= MAX_SIDE[0] and img.height <= MAX_SIDE[1]
        assert (img.width, img.height) == (320, 480)  # aspect ratio kept


# -- the template -----------------------------------------------------------------------------

def _header_row(path: Path) -> list[Any]:
    ws = load_workbook(path).worksheets[0]
    return [c.value for c in ws[1]]


def test_the_shipped_template_has_the_same_headers_as_write_template(tmp_path: Path) -> None:
    fresh = tmp_path / "template.xlsx"
    write_template(fresh)

    assert SHIPPED_TEMPLATE.is_file()
    assert _header_row(SHIPPED_TEMPLATE) == _header_row(fresh)
    assert [str(h).rstrip("*") for h in _header_row(fresh)] == [c.header for c in COLUMNS]


def test_a_filled_in_template_imports(demo_app: App, tmp_path: Path) -> None:
    path = tmp_path / "报名表.xlsx"
    write_template(path)
    rows = make_rows(20)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=2):
        for c, col in enumerate(COLUMNS, start=1):
            ws.cell(row=r, column=c, value=row[col.key])
    wb.save(path)
    write_photo_folder(tmp_path / PHOTO_FOLDER, rows)

    sheet = read_candidate_sheet(path)
    report = run_import(demo_app, path)

    assert [r.row for r in sheet.rows] == list(range(2, 22))
    assert sheet.rows[0].values["id_number"] == rows[0]["id_number"]
    assert (report.applied, report.imported, report.problems) == (True, 20, ())


# -- returning candidates ---------------------------------------------------------------------

def _second_batch(app: App) -> int:
    """Another batch of the demo's body offering the same occupations and levels."""
    with app.uow().write() as s:
        first = s.scalars(select(Batch).order_by(Batch.id).limit(1)).one()
        batch = Batch(body_id=first.body_id, batch_no=4, eval_date=date(2027, 3, 10),
                      end_date=date(2027, 3, 11), plan_name="2027-03-10示范第4批",
                      rule_profile="guangxi", created_at=NOW)
        s.add(batch)
        s.flush()
        for occ, level in s.execute(select(BatchOffering.occupation_id, BatchOffering.level)
                                    .where(BatchOffering.batch_id == first.id)):
            s.add(BatchOffering(batch_id=batch.id, occupation_id=occ, level=level))
        return batch.id


def test_a_returning_candidate_is_reused_not_duplicated(demo_app: App,
                                                        tmp_path: Path) -> None:
    earlier, later = demo_batch(demo_app), _second_batch(demo_app)
    path, rows = write_candidate_file(tmp_path / "first", 5)
    import_candidates(demo_app.uow(), earlier, path)
    regs, cands, photos, _ = counts(demo_app)
    # the same people register again, one with a new employer and a new photo
    rows[0]["work_unit"] = "南宁新单位有限公司"
    write_photo_folder(tmp_path / "again" / PHOTO_FOLDER, rows, seed=99)
    again = write_workbook(tmp_path / "again" / "考生.xlsx", rows)

    report = import_candidates(demo_app.uow(), later, again)

    assert (report.applied, report.imported, report.problems) == (True, 5, ())
    assert counts(demo_app)[:3] == (regs + 5, cands, photos)
    with demo_app.uow().read() as s:
        by_batch = {
            b: dict(s.execute(select(Candidate.id_number, Registration.candidate_id)
                              .join(Candidate, Candidate.id == Registration.candidate_id)
                              .where(Registration.batch_id == b)).all())
            for b in (earlier, later)}
        unit = s.scalar(select(Candidate.work_unit)
                        .where(Candidate.id_number == rows[0]["id_number"]))
    numbers = {str(r["id_number"]) for r in rows}
    assert {n: by_batch[earlier][n] for n in numbers} == by_batch[later]
    assert unit == "南宁新单位有限公司"
    new_photo = (tmp_path / "again" / PHOTO_FOLDER / f"{rows[0]['id_number']}.png").read_bytes()
    assert stored_photo(demo_app, str(rows[0]["id_number"])).data == new_photo


def test_demo_candidate_can_register_in_a_new_batch(demo_app: App, tmp_path: Path) -> None:
    later = _second_batch(demo_app)
    with demo_app.uow().read() as s:
        name, gender, number = s.execute(select(Candidate.name, Candidate.gender,
                                                Candidate.id_number)
                                         .order_by(Candidate.id).limit(1)).one()
    row: Row = {"name": name, "gender": "男" if gender == "M" else "女",
                "id_number": number, "occupation": "电工", "level": "四级"}
    (tmp_path / PHOTO_FOLDER).mkdir()
    (tmp_path / PHOTO_FOLDER / f"{number}.png").write_bytes(photo_bytes(5))
    path = write_workbook(tmp_path / "one.xlsx", [row])
    regs, cands, _, _ = counts(demo_app)

    report = import_candidates(demo_app.uow(), later, path)

    assert (report.imported, report.problems) == (1, ())
    assert counts(demo_app)[:2] == (regs + 1, cands)
