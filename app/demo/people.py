"""Synthetic people: Chinese names, valid ID numbers, work units, phones, photos."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.demo import pools
from app.demo.photos import make_photo
from app.rules.id_documents import gb11643_check_digit


@dataclass(frozen=True)
class Person:
    name: str
    gender: str
    id_number: str
    birth_date: date
    phone: str
    photo: bytes


class PersonFactory:
    """Deterministic for its seed; never repeats an ID number."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._used_ids: set[str] = set()

    def name(self, female: bool) -> str:
        rng = self.rng
        given_pool = pools.GIVEN_FEMALE if female else pools.GIVEN_MALE
        given = rng.choice(given_pool)
        if rng.random() < 0.7:
            given = rng.choice(pools.GIVEN_ANY + given_pool) + given
        return rng.choice(pools.SURNAMES) + given

    def id_number(self, birth: date, female: bool) -> str:
        rng = self.rng
        while True:
            seq = rng.randrange(0, 1000)
            if (seq % 2 == 0) != female:  # odd sequence digit = male (GB 11643)
                seq = (seq + 1) % 1000
            first17 = f"{rng.choice(pools.REGION_CODES)}{birth:%Y%m%d}{seq:03d}"
            number = first17 + gb11643_check_digit(first17)
            if number not in self._used_ids:
                self._used_ids.add(number)
                return number

    def person(self, min_age: int, max_age: int, reference: date) -> Person:
        rng = self.rng
        female = rng.random() < 0.45
        birth = reference - timedelta(days=rng.randint(min_age * 365, max_age * 365))
        return Person(
            name=self.name(female),
            gender="F" if female else "M",
            id_number=self.id_number(birth, female),
            birth_date=birth,
            phone=f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
            photo=make_photo(rng, female),
        )


def work_units(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct company names built from the pools."""
    units: list[str] = []
    for i in range(count):
        stem = pools.WORK_UNIT_STEMS[i % len(pools.WORK_UNIT_STEMS)]
        branch = "" if i < len(pools.WORK_UNIT_STEMS) else f"第{i // len(pools.WORK_UNIT_STEMS)}分"
        units.append(stem + branch + rng.choice(pools.WORK_UNIT_SUFFIXES))
    return units
