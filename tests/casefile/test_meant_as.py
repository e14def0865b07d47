"""Saying what a payment was meant as (issue 3: only performance reduces the arrears; a
payment of unknown kind is a question the statement asks until it is answered)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from supportcase.casefile import parse_casefile
from supportcase.casefile.meant_as import mark_payment, payment_named
from supportcase.errors import NotFound, UserError
from supportcase.ledger import build_statement

AS_OF = dt.date(2026, 11, 1)


def _demo(demo_yaml: Path):
    return parse_casefile(demo_yaml.read_text(encoding="utf-8"))


def test_a_payment_is_named_as_the_statement_names_it(demo_yaml: Path):
    case = _demo(demo_yaml)
    refs = {q.ref for q in build_statement(case, AS_OF).questions if q.code == "unknown_kind"}
    assert refs, "the demo case asks about a payment of unknown kind"
    for ref in refs:  # the statement's own words name the payment it asks about
        assert case.payments[payment_named(case, ref)].kind == "unknown"
    assert payment_named(case, "payment #4") == payment_named(case, "#4") == \
        payment_named(case, " 4 ") == payment_named(case, "第4笔付款") == 3
    with_id = case.model_copy(update={"payments": [
        case.payments[0].model_copy(update={"id": "bank-1"}), *case.payments[1:]]})
    assert payment_named(with_id, "bank-1") == 0
    for missing in ("payment #0", f"payment #{len(case.payments) + 1}", "bank-1", "four"):
        with pytest.raises(NotFound) as caught:
            payment_named(case, missing)
        assert f"it has {len(case.payments)}" in str(caught.value) and caught.value.zh


def test_answering_the_question_moves_the_payment_into_or_out_of_the_arrears(demo_yaml: Path):
    case = _demo(demo_yaml)
    before = build_statement(case, AS_OF)
    at = payment_named(case, "payment #9")  # the grandmother's 3,000.00 red packet
    assert case.payments[at].kind == "unknown" and before.if_unknown_counted is not None
    ref = "payment #9"

    support = build_statement(mark_payment(case, at, "performance"), AS_OF)
    assert ref not in {q.ref for q in support.questions}
    gift = build_statement(mark_payment(case, at, "gift"), AS_OF)
    assert ref not in {q.ref for q in gift.questions}
    assert ref in {n.ref for n in gift.excluded}  # listed apart, with why
    # Counted as support the arrears fall by what it paid; as a gift they do not.
    assert support.total.total_outstanding < gift.total.total_outstanding
    assert gift.total.total_paid == before.total.total_paid
    # Nothing else in the case changes.
    changed = mark_payment(case, at, "loan")
    assert [p for i, p in enumerate(changed.payments) if i != at] == \
        [p for i, p in enumerate(case.payments) if i != at]
    assert changed.payments[at].model_copy(update={"kind": "unknown"}) == case.payments[at]


def test_a_refund_or_reversal_is_not_relabelled(demo_yaml: Path):
    case = _demo(demo_yaml)
    at = payment_named(case, "payment #9")
    for kind in ("refund", "reversal", "Gift"):
        with pytest.raises(UserError) as caught:
            mark_payment(case, at, kind)
        assert "退款和冲回请删除后重新录入" in caught.value.say("zh")
    refund = case.model_copy(update={"payments": [
        *case.payments[:at], case.payments[at].model_copy(update={"kind": "refund"}),
        *case.payments[at + 1:]]})
    with pytest.raises(UserError):
        mark_payment(refund, at, "performance")
