"""An expense or a message stands as proven only when a document shows it.

Like payments (tests/advice/test_payment_proof.py): an expense whose status is not written
stands as proven once its receipt is linked, and as the parent's own statement until then; a
message, once a copy of it is linked. An expense share is a claim against the obligor, so an
expense with no receipt makes its ledger row an assumption — the amount is unchanged, but the
statement no longer presents it as proven (the obligor pays his share "within N days of
receiving the receipt": the expense-sharing clause of the legal document).
"""

from __future__ import annotations

import datetime as dt

import pytest

from supportcase.advice.checklist import Record, build_checklist
from supportcase.casefile import CaseFile, dump_casefile, parse_casefile
from supportcase.drafting.sources import gather
from supportcase.ledger.statement import build_statement
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)
MEDICAL = "2024-09-15"  # the demo's medical expense: shared by the judgment, no receipt linked
ADMISSION = "2024-06-02"  # the demo's WeChat admission, a copy linked (wechat-2024)


@pytest.fixture
def demo() -> CaseFile:
    return parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))


def _changed(case: CaseFile, section: str, day: str, **changes: object) -> CaseFile:
    data = case.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    for entry in data[section]:
        if entry["date"] == day:
            entry.update(changes)
    return CaseFile.model_validate(data)


def _record(case: CaseFile, kind: str, day: str) -> Record:
    checklist = build_checklist(case, gather(case, AS_OF))
    found = [r for r in (*checklist.proven, *checklist.assumptions)
             if r.kind == kind and day in r.label]
    assert len(found) == 1, found
    return found[0]


def test_an_expense_without_receipt_is_the_parents_statement(demo: CaseFile) -> None:
    e = next(e for e in demo.expenses if e.date.isoformat() == MEDICAL)
    assert e.status is None and e.receipt is None and e.standing == "assumed"
    record = _record(demo, "expense", MEDICAL)
    assert record.status == "assumed"
    assert record.source == "stated by the parent, no receipt linked yet"
    assert record.source_zh == "当事人陈述，尚未关联收据"


def test_an_expense_with_its_receipt_is_proven(demo: CaseFile) -> None:
    case = _changed(demo, "expenses", MEDICAL, receipt="bank-2023")
    record = _record(case, "expense", MEDICAL)
    assert record.status == "proven" and record.source.startswith("receipt ")


def test_an_expense_written_proven_without_receipt_is_flagged(demo: CaseFile) -> None:
    record = _record(_changed(demo, "expenses", MEDICAL, status="proven"), "expense", MEDICAL)
    assert record.status == "proven"
    assert record.source == "marked proven; no receipt linked — link one before filing"
    assert record.source_zh == "标为已证明；未关联收据——提交前请关联收据"


def _medical_row(case: CaseFile) -> tuple[bool, object]:
    st = build_statement(case, AS_OF)
    row = next(r for r in st.rows if r.installment.kind == "expense_share")
    return row.installment.assumed, row.installment.amount


def test_an_expense_share_rests_on_its_receipt_in_the_ledger(demo: CaseFile) -> None:
    # The demo records when the obligor was told (notified), but links no receipt.
    assumed, amount = _medical_row(demo)
    assert assumed
    with_receipt, same = _medical_row(_changed(demo, "expenses", MEDICAL, receipt="bank-2023"))
    assert not with_receipt and same == amount  # the amount owed does not change
    written, also = _medical_row(_changed(demo, "expenses", MEDICAL, status="proven"))
    assert not written and also == amount  # what the parent wrote is kept


def test_a_message_without_a_copy_is_the_parents_statement(demo: CaseFile) -> None:
    assert _record(demo, "communication", ADMISSION).status == "proven"
    case = _changed(demo, "communications", ADMISSION, document=None)
    record = _record(case, "communication", ADMISSION)
    assert record.status == "assumed"
    assert record.source == "stated by the parent, no copy linked yet"
    assert record.source_zh == "当事人陈述，尚未关联副本"


def test_written_statuses_survive_saving_and_loading(demo: CaseFile) -> None:
    case = _changed(_changed(demo, "expenses", MEDICAL, status="proven"),
                    "communications", ADMISSION, status="proven")
    again = parse_casefile(dump_casefile(case))
    assert [e.status for e in again.expenses] == ["proven", None]
    assert [c.status for c in again.communications] == [None, "proven"]
