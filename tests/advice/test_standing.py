"""A case's standing (portfolio line) repeats the ledger and the deadlines, never recomputes."""

from __future__ import annotations

import datetime as dt

from supportcase.advice.standing import standing
from supportcase.casefile.model import CaseFile, CaseInfo
from supportcase.demo import demo_casefile
from supportcase.law.deadlines import compute
from supportcase.ledger import build_statement

TODAY = dt.date(2026, 11, 1)


def test_standing_is_the_ledger_total_and_the_soonest_open_deadline():
    case = demo_casefile()
    line = standing(case, TODAY)
    assert line.outstanding == build_statement(case, TODAY).to_json()["total_outstanding"]
    upcoming = [d.due for d in compute(case, TODAY) if d.due and d.due >= TODAY
                and d.status in ("open", "not_started")]
    assert line.next_deadline == min(upcoming)


def test_no_obligation_is_a_stated_problem_not_a_zero():
    line = standing(CaseFile(case=CaseInfo(title="new")), TODAY)
    assert line.outstanding is None and line.problem == ("no obligation recorded yet",
                                                         "尚未录入给付义务")
