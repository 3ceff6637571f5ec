"""The packages screen on real databases (a body, a site and its laptops from make_world), in
Chinese: a site package exported from the body's screen (progress, file, "saved and verified"),
previewed and imported on the site's screen, refused the second time; trusting a key from a
request file only with the right typed fingerprint; an unknown sender compared and trusted from
the import dialog; revoking; buttons greyed out for accounts that may not use them."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import FixedClock
from app.errors import ValidationError
from app.model import AdmissionTicket, Candidate
from app.services import keys
from app.services.checkin import Desk, check_in
from app.services.checkin_rules import Verdict
from app.services.transfer import export_package, import_package
from app.uow import Actor
from tests.transfer_world import EXAM_MORNING, World, introduce, key_id, make_world, open_copy
from ui.dialogs import error_text
from ui.screens.transfer import TransferScreen
from ui.screens.transfer.common import human_size
from ui.screens.transfer.export_dialog import PackageExportDialog
from ui.screens.transfer.import_dialog import PackageImportDialog
from ui.screens.transfer.models import ChangeColumns, KeyColumns
from ui.screens.transfer.trust_dialog import TrustDialog
from ui.tasks import TaskRunner

CLERK = Actor("zk00009", "检录员", frozenset({"checkin_clerk"}))


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.fixture
def world(demo_template: Path, empty_template: Path, tmp_path: Path) -> Iterator[World]:
    w = make_world(demo_template, empty_template, tmp_path / "laptops", stations=1)
    yield w
    w.close()


@pytest.fixture
def runner(error_sink) -> Iterator[TaskRunner]:
    r = TaskRunner(error_sink)
    yield r
    r.shutdown()


def open_screen(qtbot, app: App, runner: TaskRunner) -> TransferScreen:
    screen = TransferScreen(app, runner, 1)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.state is not None, timeout=10000)
    return screen


def count(app: App, model: type) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def decode_qr(screen: TransferScreen) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    screen.qr.pixmap().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0].text


def table(model) -> dict[str, tuple[int, ...]]:
    return {model.row_at(r).table: tuple(int(model.index(r, c).data()) for c in (
        ChangeColumns.ADDED, ChangeColumns.CHANGED, ChangeColumns.UNCHANGED))
        for r in range(model.rowCount())}


def test_the_body_exports_a_site_package_that_is_saved_and_verified(
        qtbot, qtmodeltester, world: World, translations, runner, tmp_path: Path) -> None:
    screen = open_screen(qtbot, world.body, runner)
    qtmodeltester.check(screen.model)
    own = keys.own_identity(world.body.uow()).public()
    assert screen.fingerprint.text() == own.fingerprint
    assert decode_qr(screen) == own.fingerprint_qr
    assert screen.values["name"].text() == "广西职业技能鉴定中心"
    states = [screen.model.index(r, KeyColumns.STATE).data()
              for r in range(screen.model.rowCount())]
    assert states == [tr("KeysModel", "This computer"), *[tr("KeysModel", "Trusted")] * 2]
    screen.grab().save(str(tmp_path / "screen.png"))
    sheet = screen.print_fingerprint(tmp_path / "fingerprint.pdf")
    printed = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], check=True,
                             capture_output=True, text=True).stdout
    assert own.fingerprint in printed and "广西职业技能鉴定中心" in printed
    assert own.key_id in printed
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(sheet),
                    str(tmp_path / "sheet")], check=True)
    scanned = zxingcpp.read_barcodes(Image.open(tmp_path / "sheet.png"),
                                     formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in scanned] == [own.fingerprint_qr]

    dialog = screen.open_export()
    assert isinstance(dialog, PackageExportDialog)
    assert dialog.kind() == "site" and dialog.kind_combo.count() == 1  # a body sends these
    assert set(dialog.checked_key_ids()) == {key_id(world.site), key_id(world.stations[0])}
    assert dialog.out_edit.text().endswith("_2026-12-03.espkg")
    dialog.set_checked([key_id(world.site)])
    out = tmp_path / "usb" / "考点数据包"
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    written = out.with_name("考点数据包.espkg")
    result = dialog.exported
    assert result.path == written and written.is_file()
    assert result.recipients == (key_id(world.site),)
    assert dialog.progress.bar.value() == dialog.progress.bar.maximum() > 0
    saved = tr("PackageExportDialog", "Saved and verified: %1 (%2 records, %3)")
    assert dialog.status.text() == (saved.replace("%1", str(written))
                                    .replace("%2", str(result.records))
                                    .replace("%3", human_size(written.stat().st_size)))
    dialog.grab().save(str(tmp_path / "export.png"))


def test_a_cancelled_export_saves_nothing(qtbot, world: World, translations, runner,
                                          tmp_path: Path) -> None:
    screen = open_screen(qtbot, world.body, runner)
    dialog = screen.open_export()
    dialog.out_edit.setText(str(tmp_path / "cancelled.espkg"))
    dialog.start()
    dialog.progress.cancel()  # before the worker starts writing
    cancelled = tr("PackageExportDialog", "Cancelled: no package was saved.")
    qtbot.waitUntil(lambda: dialog.status.text() == cancelled, timeout=30000)
    assert dialog.exported is None and not dialog.progress.running
    assert dialog.progress.bar.value() == 0 and dialog.export_button.isEnabled()
    assert list(tmp_path.glob("cancelled*")) == []


def test_the_site_previews_imports_and_refuses_the_same_package_again(
        qtbot, qtmodeltester, world: World, translations, runner, tmp_path: Path) -> None:
    package = tmp_path / "site.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], package)
    screen = open_screen(qtbot, world.site, runner)
    assert not screen.export_button.isEnabled()  # no batch here yet: nothing to send
    assert screen.import_button.isEnabled()
    dialog = screen.open_import()
    assert isinstance(dialog, PackageImportDialog)
    dialog.load(package)
    qtbot.waitUntil(lambda: dialog.previewed is not None, timeout=60000)
    body = keys.own_identity(world.body.uow()).public()
    assert dialog.values["sender"].text() == "广西职业技能鉴定中心"
    assert dialog.values["fingerprint"].text() == body.fingerprint
    assert dialog.values["trusted"].text() == (tr("PackageImportDialog", "Trusted sender (key %1)")
                                               .replace("%1", body.key_id))
    assert dialog.values["kind"].text() == tr("transfer", "Site package")
    assert dialog.values["sequence"].text() == "1"
    qtmodeltester.check(dialog.changes)
    rows = table(dialog.changes)
    assert rows["candidate"] == (200, 0, 0) and rows["candidate_photo"] == (200, 0, 0)
    assert count(world.site, Candidate) == 0  # the preview wrote nothing
    assert dialog.import_button.isEnabled() and not dialog.trust_button.isVisible()
    dialog.grab().save(str(tmp_path / "preview.png"))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.data_changed, timeout=60000):
        pass
    assert dialog.imported is not None and count(world.site, Candidate) == 200
    assert dialog.status.text().startswith(
        tr("PackageImportDialog", "Imported: %1 records added, %2 changed.")
        .replace("%1", str(dialog.imported.added)).replace("%2", "0"))
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(screen.export_button.isEnabled, timeout=10000)  # batch arrived

    again = screen.open_import()
    again.load(package)
    qtbot.waitUntil(lambda: again.refusal is not None, timeout=60000)
    assert again.refusal.code == "transfer.already_imported"
    assert again.status.text() == error_text(again.refusal)
    assert again.status.text().startswith("此数据包已经导入过")
    assert again.previewed is None and not again.import_button.isEnabled()


def test_a_key_is_trusted_from_a_request_file_only_with_the_right_fingerprint(
        qtbot, world: World, demo_template, empty_template, translations, runner,
        tmp_path: Path) -> None:
    desk = open_copy(empty_template, tmp_path / "new", "desk3", world.body.clock.now())
    try:
        desk_screen = open_screen(qtbot, desk, runner)
        assert desk_screen.create_row.isVisible()  # no key yet: choose the kind and create it
        desk_screen.create_kind.setCurrentIndex(desk_screen.create_kind.findData("station"))
        qtbot.keyClicks(desk_screen.create_name, "Desk 3")
        qtbot.mouseClick(desk_screen.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(desk_screen.state and desk_screen.state.own), timeout=10000)
        request = tmp_path / "desk3.json"
        desk_screen.export_request_to(request)
        qtbot.waitUntil(lambda: desk_screen.written == request, timeout=10000)
        shown = desk_screen.fingerprint.text()  # what the desk's operator reads out
    finally:
        desk.close()

    screen = open_screen(qtbot, world.body, runner)
    dialog = screen.open_trust(request)
    assert isinstance(dialog, TrustDialog)
    qtbot.waitUntil(lambda: dialog.public is not None, timeout=10000)
    assert dialog.values["name"].text() == "Desk 3"
    assert dialog.values["fingerprint"].text() == shown
    assert not dialog.trust_button.isEnabled()  # nothing typed yet
    compact = shown.replace(" ", "")
    wrong = ("ABCD" if not compact.startswith("ABCD") else "WXYZ") + compact[4:]
    qtbot.keyClicks(dialog.typed, wrong)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    mismatch = error_text(ValidationError("keys.fingerprint_mismatch"))
    qtbot.waitUntil(lambda: dialog.status.text() == mismatch, timeout=10000)
    assert mismatch.startswith("指纹不一致")
    assert dialog.trusted is None and dialog.isVisible()
    assert all(v.name != "Desk 3" for v in keys.list_keys(world.body.uow()))
    dialog.grab().save(str(tmp_path / "trust.png"))

    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, shown.replace(" ", "").lower())  # spaces and case ignored
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.trusted is not None, timeout=10000)
    assert not dialog.isVisible() and dialog.trusted.fingerprint == shown
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4, timeout=10000)
    assert any(v.name == "Desk 3" and v.trusted for v in screen.model.rows())


def test_an_unknown_sender_is_compared_and_trusted_then_the_package_opens(
        qtbot, world: World, demo_template, translations, runner, tmp_path: Path) -> None:
    other = open_copy(demo_template, tmp_path / "other", "body2", world.body.clock.now())
    try:
        keys.own_identity(other.uow(), kind="body", name="另一评价机构")
        introduce(other, world.site)  # it enrolled the site; the site never trusted it
        package = tmp_path / "from-other.espkg"
        export_package(other.uow(), "site", 1, [key_id(world.site)], package)
        sender = keys.own_identity(other.uow()).public()
    finally:
        other.close()
    screen = open_screen(qtbot, world.site, runner)
    dialog = screen.open_import()
    dialog.load(package)
    qtbot.waitUntil(lambda: dialog.refusal is not None, timeout=60000)
    assert dialog.refusal.code == "package.unknown_sender"
    assert dialog.status.text().startswith("此数据包来自 另一评价机构")
    assert sender.fingerprint in dialog.status.text()
    assert dialog.trust_button.isVisible() and not dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "unknown.png"))

    trust = dialog.open_trust()
    qtbot.waitUntil(lambda: trust.public is not None, timeout=30000)
    assert trust.values["fingerprint"].text() == sender.fingerprint
    qtbot.keyClicks(trust.typed, sender.fingerprint)
    qtbot.mouseClick(trust.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.previewed is not None, timeout=60000)  # checked again
    assert dialog.values["sender"].text() == "另一评价机构"
    assert dialog.import_button.isEnabled() and not dialog.trust_button.isVisible()


def test_a_peer_is_revoked_with_a_reason(qtbot, world: World, translations, runner) -> None:
    screen = open_screen(qtbot, world.site, runner)
    assert not screen.revoke_button.isEnabled()  # nothing selected
    row = next(r for r in range(screen.model.rowCount())
               if screen.model.row_at(r).kind == "station")
    screen.table.selectRow(row)
    assert screen.revoke_button.isEnabled()
    dialog = screen.open_revoke()
    dialog.reason.setEditText("笔记本丢失")
    dialog.accept()
    station = key_id(world.stations[0])
    qtbot.waitUntil(lambda: any(v.key_id == station and v.revoked
                                for v in screen.model.rows()), timeout=10000)
    assert station not in {v.key_id for v in keys.list_keys(world.site.uow()) if v.trusted}
    shown = {screen.model.row_at(r).key_id: screen.model.index(r, KeyColumns.STATE).data()
             for r in range(screen.model.rowCount())}
    assert shown[station] == tr("KeysModel", "Revoked")
    revoked = [v for v in screen.model.rows() if v.key_id == station]
    assert revoked[0].revoked and not revoked[0].trusted


def test_an_account_without_the_permissions_sees_the_buttons_greyed_out(
        qtbot, world: World, translations, runner) -> None:
    world.site.actor = CLERK
    screen = open_screen(qtbot, world.site, runner)
    assert not screen.import_button.isEnabled()
    assert not screen.trust_button.isEnabled() and not screen.rotate_button.isEnabled()
    assert screen.import_button.toolTip() == tr("TransferScreen",
                                                "Your account may not do this.")
    assert screen.request_button.isEnabled()  # showing one's own key is harmless
    assert screen.sendable_kinds() == []  # a site laptop sends results: not a clerk's job
    assert not screen.export_button.isEnabled()


def test_a_key_is_replaced_and_the_statement_saved(qtbot, world: World, translations,
                                                   runner, tmp_path: Path) -> None:
    screen = open_screen(qtbot, world.site, runner)
    before = screen.fingerprint.text()
    statement = tmp_path / "rotation.json"
    screen.rotate_to(statement)
    qtbot.waitUntil(lambda: screen.fingerprint.text() not in ("", before), timeout=10000)
    assert statement.is_file() and screen.written == statement
    new = keys.own_identity(world.site.uow()).public()
    assert screen.fingerprint.text() == new.fingerprint
    qtbot.waitUntil(lambda: len([v for v in screen.model.rows() if v.own]) == 2, timeout=10000)
    states = {screen.model.row_at(r).fingerprint: screen.model.index(r, KeyColumns.STATE).data()
              for r in range(screen.model.rowCount())}
    assert states[new.fingerprint] == tr("KeysModel", "This computer")
    assert states[before] == tr("KeysModel", "This computer (replaced)")
    # the body applies the statement on its screen: it now trusts the new key, not the old
    body = open_screen(qtbot, world.body, runner)
    row = next(r for r in range(body.model.rowCount())
               if body.model.row_at(r).fingerprint == before)
    body.table.selectRow(row)
    assert body.apply_button.isEnabled()
    body.apply_rotation(body.model.row_at(row).key_id, statement)
    qtbot.waitUntil(lambda: any(v.fingerprint == new.fingerprint and v.trusted
                                for v in body.model.rows()), timeout=10000)
    old = [v for v in body.model.rows() if v.fingerprint == before]
    assert old[0].revoked and not old[0].trusted


def test_merging_station_packages_lists_the_candidates_admitted_at_two_desks(
        qtbot, demo_template, empty_template, translations, runner, tmp_path: Path) -> None:
    world = make_world(demo_template, empty_template, tmp_path / "laptops", stations=2)
    try:
        site_pkg = tmp_path / "site.espkg"
        export_package(world.body.uow(), "site", 1,
                       [key_id(world.site), *(key_id(s) for s in world.stations)], site_pkg)
        for laptop in (world.site, *world.stations):
            import_package(laptop.uow(), site_pkg)
        desk1, desk2 = world.stations
        with desk1.uow().read() as s:
            qr = next(iter(s.scalars(select(AdmissionTicket.payload)
                                     .order_by(AdmissionTicket.id)))).decode()
        desk2.clock = FixedClock(EXAM_MORNING + timedelta(minutes=2))
        for n, desk in enumerate((desk1, desk2), start=1):
            assert check_in(desk.uow(), 1, qr, Desk(f"检录台{n}")).verdict is Verdict.ADMITTED
        screen = open_screen(qtbot, world.site, runner)
        for n, desk in enumerate((desk1, desk2), start=1):
            out = tmp_path / f"station{n}.espkg"
            export_package(desk.uow(), "station", 1, [key_id(world.site)], out)
            dialog = screen.open_import()
            dialog.load(out)
            qtbot.waitUntil(lambda d=dialog: d.previewed is not None, timeout=60000)
            assert dialog.values["kind"].text() == tr("transfer", "Station package")
            assert table(dialog.changes)["checkin_event"] == (1, 0, 0)
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda d=dialog: d.imported is not None, timeout=60000)
        assert len(dialog.imported.conflicts) == 1
        conflict = dialog.imported.conflicts[0]
        assert dialog.conflicts.stringList() == [
            tr("PackageImportDialog",
               "Ticket %1: admitted at %2 %3 (this counts); also admitted at %4")
            .replace("%1", conflict.ticket_no).replace("%2", "检录台1")
            .replace("%3", "08:30:00").replace("%4", "检录台2 08:32:00")]  # exam-day time
        assert not dialog.conflicts_view.isHidden()
        assert dialog.status.text().endswith(
            tr("PackageImportDialog",
               "%1 candidates were admitted at two desks: see the list below.")
            .replace("%1", "1"))
        dialog.grab().save(str(tmp_path / "merged.png"))
        dialog.close()
    finally:
        world.close()


def test_refusals_are_shown_in_plain_chinese_and_change_nothing(
        qtbot, world: World, translations, runner, tmp_path: Path) -> None:
    station_only = tmp_path / "for-the-desk.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.stations[0])], station_only)
    first, second = tmp_path / "first.espkg", tmp_path / "second.espkg"
    for out in (first, second):
        export_package(world.body.uow(), "site", 1, [key_id(world.site)], out)
    truncated = tmp_path / "truncated.espkg"
    truncated.write_bytes(first.read_bytes()[: first.stat().st_size // 2])
    import_package(world.site.uow(), second)
    before = count(world.site, Candidate)
    screen = open_screen(qtbot, world.site, runner)
    cases = ((station_only, "package.not_for_this_laptop", "此数据包不是发给本机的"),
             (truncated, "package.damaged", "数据包已损坏或不完整"),
             (first, "transfer.older_package", "此数据包比本机已有的数据旧"))
    for path, code, start in cases:
        dialog = screen.open_import()
        dialog.load(path)
        qtbot.waitUntil(lambda d=dialog: d.refusal is not None, timeout=60000)
        assert dialog.refusal.code == code
        assert dialog.status.text() == error_text(dialog.refusal)
        assert dialog.status.text().startswith(start)
        assert not dialog.import_button.isEnabled() and not dialog.trust_button.isVisible()
        dialog.close()
    assert count(world.site, Candidate) == before == 200
