"""Plausible declared facts (申报条件) for the demo's registrations.

Most applicants meet the national conditions of their level by the usual route (the next lower
certificate of the same occupation plus the years of work); about one in ten falls short (too
few years, no training), so a review of the demo shows some ineligible applications. A separate
random generator keeps the rest of the demo (names, seats, marks) exactly as before.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

# Years of work required by the usual route of each level (app.rules.eligibility).
_ROUTE_YEARS = {5: 1.0, 4: 4.0, 3: 5.0, 2: 4.0, 1: 4.0}
SHORT_SHARE = 0.1


def demo_facts(regs: list[tuple[int, int, int, int]], occupation_codes: dict[int, str],
               exam_date: date, now: datetime, seed: int) -> list[dict[str, Any]]:
    """EligibilityFacts rows for (registration, candidate, occupation, level) tuples."""
    rng = random.Random(f"eligibility-facts-{seed}")
    rows = []
    for rid, _cid, occ_id, level in regs:
        need = _ROUTE_YEARS[level]
        short = rng.random() < SHORT_SHARE
        if short:  # below every route: too few years, no training, not a student
            years = round(rng.uniform(0.2, 0.9) if level == 5 else rng.uniform(1.0, 1.9), 1)
        else:
            years = round(rng.uniform(need, need + 10), 1)
        prior_level = None if level == 5 else level + 1
        cert_on = None
        if prior_level is not None:
            back = max(1, int(365 * min(years, rng.uniform(1.0, 8.0))))
            cert_on = exam_date - timedelta(days=back)
        rows.append({
            "registration_id": rid,
            "prior_occupation_code": occupation_codes[occ_id] if prior_level else "",
            "prior_level": prior_level, "prior_cert_on": cert_on,
            "work_years_tenths": round(years * 10), "education": "",
            "training_done": not short, "is_student": False, "updated_at": now,
        })
    return rows
