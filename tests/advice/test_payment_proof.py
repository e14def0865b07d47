"""A payment stands as proven only when a document proves it.

A payment whose status the case file does not write was listed among the proven facts even
with no proof linked. Unwritten, a payment now stands as proven when a proof document is
linked and as the parent's own statement (assumed) until then; a payment written `proven`
with no proof says so, so it is fixed before filing. The arrears do not change: a payment
the parent says arrived is counted either way (crediting it lowers the parent's own claim),
and the statement notes how many rest on the parent's word alone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supportcase.advice.checklist import Record, build_checklist
from supportcase.casefile import CaseFile, dump_casefile, parse_casefile
from supportcase.drafting.sources import gather
from supportcase.ledger.statement import build_statement
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture
def demo() -> CaseFile:
    return parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))


def _payment_record(case: CaseFile, day: str) -> Record:
    checklist = build_checklist(case, gather(case, AS_OF))
    found = [r for r in (*checklist.proven, *checklist.assumptions)
             if r.kind == "payment" and f"payment {day} " in r.label]
    assert len(found) == 1, found
    return found[0]


def _set_payment(case: CaseFile, day: str, **changes: object) -> CaseFile:
    data = case.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    for p in data["payments"]:
        if p["date"] == day:
            p.update(changes)
            p.update({k: None for k, v in changes.items() if v is None})
    return CaseFile.model_validate(data)


def test_unwritten_status_without_proof_is_the_parents_statement(demo: CaseFile) -> None:
    # The demo's 2020-02-10 payment has neither a status nor a proof document.
    p = next(p for p in demo.payments if p.date == dt.date(2020, 2, 10))
    assert p.status is None and p.proof is None
    assert p.standing == "assumed"
    record = _payment_record(demo, "2020-02-10")
    assert record.status == "assumed"
    assert record.source == "stated by the parent, no proof linked yet"
    assert record.source_zh == "当事人陈述，尚未关联凭证"


def test_unwritten_status_with_proof_linked_is_proven(demo: CaseFile) -> None:
    # The demo's 2020-01-08 payment links the bank statement bank-2023.
    record = _payment_record(demo, "2020-01-08")
    title = next(d.title for d in demo.documents if d.id == "bank-2023")
    assert record.status == "proven"
    assert record.source == f"document {title}"
    assert record.source_zh == f"凭证《{title}》"


def test_written_proven_without_proof_is_flagged_before_filing(demo: CaseFile) -> None:
    case = _set_payment(demo, "2020-02-10", status="proven")
    record = _payment_record(case, "2020-02-10")
    assert record.status == "proven"  # what the parent wrote is kept …
    # … but the review page says what is missing.
    assert record.source == "marked proven; no proof linked — link one before filing"
    assert record.source_zh == "标为已证明；未关联凭证——提交前请关联凭证"


@pytest.mark.parametrize("status", ["assumed", "disputed"])
def test_a_written_status_is_kept_with_or_without_proof(demo: CaseFile, status: str) -> None:
    for proof in (None, "bank-2023"):
        case = _set_payment(demo, "2020-02-10", status=status, proof=proof)
        assert _payment_record(case, "2020-02-10").status == status


def test_linking_a_proof_later_makes_an_unwritten_payment_proven(demo: CaseFile) -> None:
    case = _set_payment(demo, "2020-02-10", proof="bank-2023")
    assert _payment_record(case, "2020-02-10").status == "proven"


def test_an_explicit_proven_survives_saving_and_loading(demo: CaseFile) -> None:
    # Before, `proven` was the default, so saving dropped it and the difference was lost.
    case = _set_payment(demo, "2020-02-10", status="proven")
    again = parse_casefile(dump_casefile(case))
    p = next(p for p in again.payments if p.date == dt.date(2020, 2, 10))
    assert p.status == "proven"
    q = next(p for p in again.payments if p.date == dt.date(2020, 3, 9))
    assert q.status is None


def test_the_arrears_do_not_change_and_the_statement_counts_stated_payments(
        demo: CaseFile) -> None:
    # A payment the parent reports as received is credited whether or not it is proven
    # (ledger: performance by the obligor reduces the arrears, CPL 2023 art. 247 title).
    # Only payments the ledger counts are named: a gift or a payment of unknown kind is not.
    stated = [p for p in demo.payments
              if p.status is None and p.proof is None and p.kind == "performance"]
    assert stated and len(stated) < len(demo.payments)
    written = CaseFile.model_validate({
        **demo.model_dump(mode="json", by_alias=True),
        "payments": [{**p.model_dump(mode="json", by_alias=True), "status": "proven"}
                     if p.status is None else p.model_dump(mode="json", by_alias=True)
                     for p in demo.payments]})
    before, after = build_statement(written, AS_OF), build_statement(demo, AS_OF)
    assert [t.to_json() for t in after.by_currency] == [t.to_json() for t in before.by_currency]
    assert [r.to_json() for r in after.rows] == [r.to_json() for r in before.rows]
    notes = [n for n in after.assumptions if n.code == "payments_stated"]
    assert len(notes) == 1
    assert notes[0].en.startswith(f"{len(stated)} payment(s) rest on the parent's own statement")
    assert notes[0].zh.startswith(f"{len(stated)} 笔付款仅有当事人陈述")
    assert not [n for n in before.assumptions if n.code == "payments_stated"]


def test_no_stated_note_when_every_payment_has_proof(demo: CaseFile) -> None:
    data = demo.model_dump(mode="json", by_alias=True)
    for p in data["payments"]:
        p["proof"] = "bank-2023"
    st = build_statement(CaseFile.model_validate(data), AS_OF)
    assert not [n for n in st.assumptions if n.code == "payments_stated"]
    assert st.by_currency and all(isinstance(t.total_outstanding, Decimal) for t in st.by_currency)


@pytest.mark.parametrize(("status", "zh"), [("assumed", "待核实"), ("disputed", "有争议")])
def test_a_payment_written_as_doubtful_is_noted_in_words_not_keys(
        demo: CaseFile, status: str, zh: str) -> None:
    # The Chinese note named the status by its key ("状态为“assumed”").
    st = build_statement(_set_payment(demo, "2020-02-10", status=status), AS_OF)
    note = next(n for n in st.assumptions if n.code == "payment_assumed")
    assert f"“{zh}”" in note.zh and status not in note.zh
    assert f"recorded as {status}" in note.en
