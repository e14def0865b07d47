"""Due dates, periods and labels on the calendar's edges: the last day of a month, the 31st in
a short month, 29 February, quarterly and yearly periods, a start after the month's due day.

Each case is worked by hand in its comment; the schedule must give exactly those days.
"""

from __future__ import annotations

import datetime as dt

import pytest

from supportcase.casefile.model import CaseFile
from supportcase.ledger.schedule import build_schedule

D = dt.date


def _dues(frequency: str, due_day: int | str, start: str, as_of: dt.date
          ) -> list[tuple[str, dt.date, dt.date, dt.date]]:
    case = CaseFile.model_validate({
        "case": {"title": "calendar", "order_jurisdiction": "CN"},
        "obligations": [{"id": "main", "basis": {"type": "judgment"}, "amount": "900.00",
                         "currency": "CNY", "frequency": frequency, "due_day": due_day,
                         "start": start}]})
    return [(i.label, i.period_start, i.period_end, i.due_date)
            for i in build_schedule(case, as_of).installments]


@pytest.mark.parametrize(("frequency", "due_day", "start", "as_of", "expected"), [
    # Quarterly by the 31st from 15 January 2024: the 31st of each quarter's first month;
    # April has 30 days, so the second quarter is due on 30 April.
    ("quarterly", 31, "2024-01-15", D(2024, 7, 31), [
        ("2024-01…2024-03", D(2024, 1, 15), D(2024, 3, 31), D(2024, 1, 31)),
        ("2024-04…2024-06", D(2024, 4, 1), D(2024, 6, 30), D(2024, 4, 30)),
        ("2024-07…2024-09", D(2024, 7, 1), D(2024, 9, 30), D(2024, 7, 31))]),
    # Yearly on the last day of February: 28 February 2023, 29 February 2024 (leap year).
    ("yearly", "last", "2023-02-10", D(2025, 1, 1), [
        ("2023-02…2024-01", D(2023, 2, 10), D(2024, 1, 31), D(2023, 2, 28)),
        ("2024-02…2025-01", D(2024, 2, 1), D(2025, 1, 31), D(2024, 2, 29))]),
    # Monthly by the 10th from 20 January: January's due day has passed, so January falls
    # due on the start day itself; February on the 10th.
    ("monthly", 10, "2024-01-20", D(2024, 2, 10), [
        ("2024-01", D(2024, 1, 20), D(2024, 1, 31), D(2024, 1, 20)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), D(2024, 2, 10))]),
    # Monthly by the 31st across December and February 2025 (28 days).
    ("monthly", 31, "2024-12-01", D(2025, 3, 1), [
        ("2024-12", D(2024, 12, 1), D(2024, 12, 31), D(2024, 12, 31)),
        ("2025-01", D(2025, 1, 1), D(2025, 1, 31), D(2025, 1, 31)),
        ("2025-02", D(2025, 2, 1), D(2025, 2, 28), D(2025, 2, 28))]),
])
def test_calendar_edges(frequency: str, due_day: int | str, start: str, as_of: dt.date,
                        expected: list[tuple[str, dt.date, dt.date, dt.date]]) -> None:
    assert _dues(frequency, due_day, start, as_of) == expected
