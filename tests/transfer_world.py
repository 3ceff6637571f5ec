"""A certification body and a site with its laptops, each a real database with its own keys,
trusting each other the way people set them up (fingerprints compared)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.bootstrap import App, build_app
from app.clock import CHINA_TZ, FixedClock
from app.rules.workdays import WorkdayCalendar
from app.services import keys

EXAM_MORNING = datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)


def open_copy(template: Path, folder: Path, name: str, now: datetime) -> App:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite"
    shutil.copy(template, path)
    return build_app(path, data_dir=folder / f"{name}-data", clock=FixedClock(now),
                     calendar=WorkdayCalendar())


def introduce(a: App, b: App) -> None:
    """``a`` trusts ``b``: b's request file is read at ``a`` and its fingerprint compared."""
    request = keys.export_request(b.uow())
    shown = keys.read_public(request).fingerprint  # what b's screen shows, read out to a
    keys.enrol_request(a.uow(), request, shown)


def key_id(app: App) -> str:
    return keys.own_identity(app.uow()).key_id


@dataclass
class World:
    body: App
    site: App  # the site's main laptop
    stations: list[App]

    def close(self) -> None:
        for app in (self.body, self.site, *self.stations):
            app.close()


def make_world(demo_template: Path, empty_template: Path, folder: Path, *,
               stations: int = 2, now: datetime = EXAM_MORNING, body: App | None = None
               ) -> World:
    """``body``: the body's own database with the demo (e.g. on PostgreSQL: ``body_demo_app``,
    moved to ``now``), instead of a copy of ``demo_template``; the site stays SQLite files."""
    if body is None:
        body = open_copy(demo_template, folder, "body", now)
    else:
        body.clock = FixedClock(now)
    keys.own_identity(body.uow(), kind="body", name="广西职业技能鉴定中心")
    site = open_copy(empty_template, folder, "site", now)
    keys.own_identity(site.uow(), kind="site", name="南宁考点主机")
    laptops = []
    for n in range(1, stations + 1):
        station = open_copy(empty_template, folder, f"station{n}", now)
        keys.own_identity(station.uow(), kind="station", name=f"检录台{n}")
        laptops.append(station)
    for laptop in (site, *laptops):
        introduce(body, laptop)  # the body enrols each laptop of the site
        introduce(laptop, body)  # and each laptop trusts the body
    for station in laptops:
        introduce(site, station)
        introduce(station, site)
    return World(body, site, laptops)
