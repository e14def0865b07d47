"""CPL 2023 art. 264 (rule cn.interest.delayed_performance): double-portion interest runs from
the end of the period a judgment, ruling or other legal document sets for performance. Support
agreed in a divorce or private agreement, never made a legal document, carries none — the
ledger computed it from each installment's due date as for a judgment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from supportcase.casefile import parse_casefile
from supportcase.ledger import build_statement

CASE = """version: 1
case: {{title: t, order_jurisdiction: CN}}
obligations:
  - id: main
    basis: {{type: {basis}, document: doc}}
    amount: "2000.00"
    currency: CNY
    due_day: 10
    start: 2024-01-01
interest: {{regime: cn-delayed-performance}}
"""


@pytest.mark.parametrize("basis", ["divorce_agreement", "private_agreement"])
def test_an_agreement_alone_carries_no_double_interest_and_says_why(basis: str) -> None:
    st = build_statement(parse_casefile(CASE.format(basis=basis)), date(2024, 4, 19))
    assert st.total is not None
    assert st.total.principal_outstanding == Decimal("8000.00")
    assert st.total.interest_outstanding == Decimal("0.00")
    note = next(n for n in st.excluded if n.code == "no_double_interest_on_agreement")
    assert "CPL 2023 art. 264" in note.en and "第二百六十四条" in note.zh
    assert "cn.interest.delayed_performance" in [r.id for r in st.rules]


def test_a_judgment_with_the_same_terms_carries_it() -> None:
    # Due 2024-01-10, unpaid at 2024-04-19: 2000.00 × 100 days × 0.000175 = 35.00 (and so on
    # for the later installments) — the rule applies to a legal document.
    st = build_statement(parse_casefile(CASE.format(basis="judgment")), date(2024, 4, 19))
    assert st.total is not None and st.total.interest_outstanding > 0
    assert st.rows[0].interest == Decimal("35.00")
    assert not any(n.code == "no_double_interest_on_agreement" for n in st.excluded)
