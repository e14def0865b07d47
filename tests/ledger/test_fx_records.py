"""The case file's own rates give the same quote whether read as rows or as its records.

`build_statement` hands the case file's `fx_rates` records to the rate sources as they are
(indexed only when a conversion needs them); a table built from `(date, pair, rate, source)`
rows is the reference. Both must find the same rate, the same day and the same source — in
date order or not, with a day given twice (the later record wins), with a pair written two
ways — and both refuse a rate that is not positive (the records already when they are made).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from supportcase.casefile.model import FxRate
from supportcase.fx import RateTableError, default_rates

START = dt.date(2024, 1, 1)

records = st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["USD/CNY", "HKD/CNY",
                                                                     "USD-CNY"]),
                             st.integers(600, 800)), max_size=25)


def _records(rows: list[tuple[int, str, int]]) -> list[FxRate]:
    return [FxRate(date=START + dt.timedelta(days=d), pair=pair,
                   rate=Decimal(rate).scaleb(-2), source=f"row {n}")
            for n, (d, pair, rate) in enumerate(rows)]


@settings(max_examples=80, deadline=None)
@given(records, st.booleans())
def test_records_quote_as_rows_do(rows: list[tuple[int, str, int]], in_order: bool) -> None:
    if in_order:
        rows = sorted(rows, key=lambda r: r[0])
    recs = _records(rows)
    as_records = default_rates(case_records=recs, use_ecb=False)
    as_rows = default_rates(case_rates=[(r.date, r.pair, r.rate, r.source) for r in recs],
                            use_ecb=False)
    for offset in range(-2, 75, 3):
        day = START + dt.timedelta(days=offset)
        for base, quote in (("USD", "CNY"), ("CNY", "USD"), ("HKD", "CNY"), ("EUR", "CNY")):
            assert as_records.quote(base, quote, day) == as_rows.quote(base, quote, day)


def test_a_later_record_for_the_same_day_wins() -> None:
    recs = _records([(0, "USD/CNY", 700), (0, "USD/CNY", 710)])
    found = default_rates(case_records=recs, use_ecb=False).quote("USD", "CNY", START)
    assert found is not None and found.rate == Decimal("7.10") and found.source == "row 1"


@pytest.mark.parametrize("rate", [0, -700])
def test_a_rate_that_is_not_positive_is_refused(rate: int) -> None:
    """As a table's row (the reader) and as a case file's record (where it is entered)."""
    rows = [(START, "USD/CNY", Decimal(700).scaleb(-2), "row 0"),
            (START + dt.timedelta(days=3), "USD/CNY", Decimal(rate).scaleb(-2), "row 1")]
    with pytest.raises(RateTableError, match="must be a positive number"):
        default_rates(case_rates=rows, use_ecb=False).quote("USD", "CNY", START)
    with pytest.raises(ValidationError, match="a rate must be a positive number"):
        _records([(0, "USD/CNY", 700), (3, "USD/CNY", rate)])
