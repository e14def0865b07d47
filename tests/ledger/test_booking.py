"""Booking all plain payments at once gives what booking them one by one gives.

A long case is mostly plain payments — performance of the obligation by the obligor, proven,
in whole minor units — and those are booked in one pass over columns (`_book_plain`). Only
performance reduces arrears, and a payment in another currency is converted at the rate of
its own day (or the previous available day, stated), so whichever path books them, the
counted payments, their conversions and any missing-rate problem must be the same.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from supportcase.casefile.model import CaseFile
from supportcase.fx import default_rates
from supportcase.ledger.payments import _book_plain, book_each

START = dt.date(2020, 1, 1)
AS_OF = dt.date(2022, 12, 31)

plain = st.tuples(st.integers(0, (AS_OF - START).days), st.integers(1, 900_000),
                  st.sampled_from(["CNY", "CNY", "CNY", "USD", "HKD"]), st.booleans())


def _case(pays: list[tuple[int, int, str, bool]], extra: dict[str, object] | None = None
          ) -> CaseFile:
    return CaseFile.model_validate({
        "case": {"title": "booking", "order_jurisdiction": "CN"},
        "obligations": [{"id": "main", "basis": {"type": "judgment"}, "amount": "2000.00",
                         "currency": "CNY", "due_day": 10, "start": START.isoformat()}],
        "payments": [{"date": (START + dt.timedelta(days=d)).isoformat(),
                      "amount": str(Decimal(c).scaleb(-2)), "currency": cur,
                      **({"id": f"p{n}"} if named else {}), **(extra or {})}
                     for n, (d, c, cur, named) in enumerate(pays)],
        # Weekly USD rates only: HKD is crossed through the ECB euro rates; a USD payment
        # more than 10 days after the last weekly rate has none (a problem, not counted).
        "fx_rates": [{"date": (START + dt.timedelta(days=d)).isoformat(), "pair": "USD/CNY",
                      "rate": "6.9123", "source": "test table"} for d in range(0, 700, 7)],
    })


@settings(max_examples=60, deadline=None)
@given(st.lists(plain, min_size=1, max_size=25))
def test_plain_payments_book_the_same_at_once(pays: list[tuple[int, int, str, bool]]) -> None:
    case = _case(pays)
    at_once = _book_plain(case, AS_OF, default_rates(case_records=case.fx_rates))
    one_by_one = book_each(case, AS_OF, default_rates(case_records=case.fx_rates))
    assert at_once is not None
    assert tuple(at_once.counted.records) == tuple(one_by_one.counted.records)
    assert (at_once.counted.day, at_once.counted.amount, at_once.counted.currency) == (
        one_by_one.counted.day, one_by_one.counted.amount, one_by_one.counted.currency)
    assert at_once.problems == one_by_one.problems
    assert not one_by_one.excluded and not one_by_one.questions and not one_by_one.assumptions


def test_a_payment_that_is_not_plain_is_booked_one_by_one() -> None:
    # A relative's payment needs its own note (counted as if the obligor paid it).
    case = _case([(40, 150_000, "CNY", True)], {"payer": "relative"})
    assert _book_plain(case, AS_OF, default_rates()) is None
    booked = book_each(case, AS_OF, default_rates())
    assert [n.code for n in booked.assumptions] == ["third_party_performance"]
    # A payment after the as-of day is listed as excluded, never counted.
    late = _case([(40, 150_000, "CNY", True)])
    assert _book_plain(late, START, default_rates()) is None
    assert [n.code for n in book_each(late, START, default_rates()).excluded] == ["after_as_of"]
