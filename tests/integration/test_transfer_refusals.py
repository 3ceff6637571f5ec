"""Packages that must be refused before they touch the database — each with its own message —
and a database that is byte-for-byte the same afterwards."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from app.bootstrap import App
from app.errors import DomainError
from app.model import KeyMaterial
from app.services import keys
from app.services.checkin import Desk, check_in
from app.services.transfer import export_package, import_package, preview_import
from tests.integration.test_transfer_roundtrip import tickets
from tests.transfer_world import World, introduce, key_id, make_world, open_copy

AGE_CHUNK = 64 * 1024 + 16  # age's STREAM: 64 KiB of plaintext and a 16-byte tag per chunk


@pytest.fixture(scope="module")
def world(demo_template: Path, empty_template: Path, tmp_path_factory: pytest.TempPathFactory):
    w = make_world(demo_template, empty_template, tmp_path_factory.mktemp("refusals"),
                   stations=1)
    site_pkg = w.site.db.path.parent / "site.espkg"
    export_package(w.body.uow(), "site", 1, [key_id(w.site), key_id(w.stations[0])], site_pkg)
    for laptop in (w.site, w.stations[0]):
        import_package(laptop.uow(), site_pkg)
    yield w
    w.close()


@pytest.fixture(scope="module")
def station_pkg(world: World) -> Path:
    """A small, valid station package for the main laptop (not imported)."""
    desk = world.stations[0]
    for qr in tickets(desk)[:5]:
        check_in(desk.uow(), 1, qr, Desk("检录台1"))
    out = desk.db.path.parent / "station.espkg"
    export_package(desk.uow(), "station", 1, [key_id(world.site)], out)
    return out


def db_bytes(app: App) -> str:
    path = Path(app.db.path)
    journal = path.with_name(path.name + "-journal")
    return hashlib.sha256(path.read_bytes()).hexdigest() + str(journal.exists())


def refused(app: App, package: Path) -> str:
    before = db_bytes(app)
    with pytest.raises(DomainError) as err:
        import_package(app.uow(), package)
    assert db_bytes(app) == before, f"{err.value.code} changed the database"
    return err.value.code


def test_a_package_for_another_laptop_is_refused(world: World, tmp_path: Path) -> None:
    out = tmp_path / "for-the-station.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.stations[0])], out)
    assert refused(world.site, out) == "package.not_for_this_laptop"


def test_a_package_from_an_unknown_sender_is_refused(world: World, tmp_path: Path) -> None:
    stranger = open_copy(Path(world.body.db.path), tmp_path, "stranger", world.body.clock.now())
    try:
        with stranger.uow().write() as s:  # a copy of the body with a key of its own
            s.execute(delete(KeyMaterial).where(KeyMaterial.owner == "self",
                                                KeyMaterial.purpose == "package"))
        keys.own_identity(stranger.uow(), kind="body", name="冒名机构")
        introduce(stranger, world.site)
        out = tmp_path / "forged.espkg"
        export_package(stranger.uow(), "site", 1, [key_id(world.site)], out)
    finally:
        stranger.close()
    assert refused(world.site, out) == "package.unknown_sender"


def test_replays_and_older_packages_are_refused(world: World, tmp_path: Path) -> None:
    first, second = tmp_path / "v1.espkg", tmp_path / "v2.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], first)
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], second)
    import_package(world.site.uow(), second)
    assert refused(world.site, second) == "transfer.already_imported"
    assert refused(world.site, first) == "transfer.older_package"
    with pytest.raises(DomainError):
        preview_import(world.site.uow(), first)


def test_a_results_package_cannot_land_on_a_site(world: World, tmp_path: Path) -> None:
    out = tmp_path / "results.espkg"
    export_package(world.stations[0].uow(), "results", 1, [key_id(world.site)], out)
    assert refused(world.site, out) == "transfer.wrong_kind"


def _mutant(station_pkg: Path, folder: Path, data: bytes) -> Path:
    out = folder / "mutant.espkg"
    out.write_bytes(data)
    return out


EXPECTED = {"package.damaged", "package.not_a_package", "package.bad_signature",
            "package.not_for_this_laptop", "package.bad_content", "package.unsupported_version"}


def test_truncation_at_every_chunk_boundary_is_refused(
        world: World, station_pkg: Path, tmp_path: Path) -> None:
    data = station_pkg.read_bytes()
    header_end = data.index(b"\n---") + 4 + 43 + 1  # "--- " + 43-char MAC + newline
    cuts = {0, 1, header_end - 1, header_end, len(data) - 1}
    cuts |= {header_end + n * AGE_CHUNK + d for n in range(len(data) // AGE_CHUNK + 1)
             for d in (-1, 0, 1, 16, 17)}
    for cut in sorted(c for c in cuts if 0 <= c < len(data)):
        code = refused(world.site, _mutant(station_pkg, tmp_path, data[:cut]))
        assert code in EXPECTED, (cut, code)


@settings(max_examples=500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_truncations_and_bit_flips_are_refused(
        world: World, station_pkg: Path, tmp_path: Path, data: st.DataObject) -> None:
    raw = bytearray(station_pkg.read_bytes())
    if data.draw(st.booleans(), label="truncate"):
        cut = data.draw(st.integers(0, len(raw) - 1), label="cut")
        mutated = bytes(raw[:cut])
    else:
        spots = data.draw(st.sets(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=4),
                          label="bits")
        for spot in spots:  # distinct bits, so two flips never cancel out
            raw[spot // 8] ^= 1 << (spot % 8)
        mutated = bytes(raw)
    folder = tmp_path / "h"
    folder.mkdir(exist_ok=True)
    code = refused(world.site, _mutant(station_pkg, folder, mutated))
    assert code in EXPECTED


def test_the_untouched_package_still_imports_after_all_that(
        world: World, station_pkg: Path, tmp_path: Path) -> None:
    copy = tmp_path / "station-copy.espkg"
    shutil.copy(station_pkg, copy)
    done = import_package(world.site.uow(), copy)
    assert {c.table: c for c in done.changes}["checkin_event"].added == 5
