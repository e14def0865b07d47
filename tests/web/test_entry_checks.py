"""What the case page's forms refuse that the case file refuses too — a reversal or refund
naming no payment, a payment by the receiving parent, a US state that does not exist — each
as one message in the parent's language, nothing stored and what was typed kept; and an
amount typed in full-width digits stored in ASCII."""

from __future__ import annotations

import datetime as dt

import pytest

from supportcase.casefile.model import AS_STORED, CaseFile
from supportcase.config import settings
from supportcase.demo import DEMO_CASE_ID
from supportcase.ledger import build_statement
from tests.web.conftest import demo_owner
from tests.web.test_refused_forms import CasePage

PAYMENT = {"date": "2025-12-05", "amount": "500.00", "currency": "CNY", "payer": "obligor",
           "kind": "performance", "method": "微信", "note": "十二月"}


@pytest.fixture
def parent():
    """The demo case, its owner signed in."""
    with demo_owner(settings()) as signed_in:
        yield signed_in


def _refused(client, store, path, typed, lang="zh"):
    """The case page back (422) with one alert in the card, nothing stored; the page."""
    before = store.load_case(DEMO_CASE_ID)
    logged = len(store.audit_log(DEMO_CASE_ID))
    answer = client.post(f"/cases/{DEMO_CASE_ID}/{path}?lang={lang}", data=typed)
    assert answer.status_code == 422 and "Traceback" not in answer.text
    assert store.load_case(DEMO_CASE_ID) == before
    assert len(store.audit_log(DEMO_CASE_ID)) == logged
    return CasePage(answer.text)


@pytest.mark.parametrize(("change", "zh", "en"), [
    # Hand-made requests: the form offers neither kind, nor the obligee as payer.
    ({"kind": "reversal"}, "冲回或退款须注明所撤销的付款，本表单无法注明",
     "A reversal or a refund must name the payment it undoes, which this form cannot do"),
    ({"kind": "refund", "payer": "obligee"}, "冲回或退款须注明所撤销的付款",
     "A reversal or a refund must name the payment it undoes"),
    ({"payer": "obligee"}, "权利人不会向自己支付抚养费：请选择付款人（义务人、亲属或他人）。",
     "The receiving parent does not pay support to themselves"),
    ({"payer": "obligee", "kind": "gift"}, "权利人不会向自己支付抚养费",
     "The receiving parent does not pay support to themselves"),
])
def test_a_payment_the_ledger_could_not_apply_is_refused_in_its_card(parent, change, zh, en):
    client, store = parent
    for lang, words in (("zh", zh), ("en", en)):
        page = _refused(client, store, "payments", {**PAYMENT, **change}, lang)
        assert list(page.alerts) == ["payments"] and len(page.alerts["payments"]) == 1
        assert words in page.alerts["payments"][0]
        typed = page.fields[f"/cases/{DEMO_CASE_ID}/payments"]
        assert (typed["amount"], typed["note"], typed["date"]) == ("500.00", "十二月",
                                                                  "2025-12-05")


@pytest.mark.parametrize(("path", "typed", "card"), [
    ("parties", {"obligor_name": "张伟", "obligor_country": "US-XX"}, "parties"),
    ("asset_clues", {"kind": "salary", "country": "us-xx", "details": "Acme Inc.",
                     "obtained_how": "third_party", "obtained": "朋友"}, "assets"),
])
def test_a_us_state_that_does_not_exist_is_refused(parent, path, typed, card):
    client, store = parent
    page = _refused(client, store, path, typed)
    assert list(page.alerts) == [card]
    assert "“US-XX”不是存在的美国州：请在 US- 后填写州的字母（US-CA、US-NY），或只写 US。" in \
        page.alerts[card][0]
    form = page.fields[f"/cases/{DEMO_CASE_ID}/{path}"]
    assert {name: form.get(name) for name in typed} == typed
    page = _refused(client, store, path, typed, "en")
    assert "is no US state that exists" in page.alerts[card][0]


def test_a_us_state_that_exists_is_kept(parent):
    client, store = parent
    saved = client.post(f"/cases/{DEMO_CASE_ID}/parties", follow_redirects=False,
                        data={"obligor_country": "us-ny"})
    assert saved.status_code == 303
    assert store.load_case(DEMO_CASE_ID).parties.obligor.country == "US-NY"


def test_an_amount_typed_in_full_width_digits_is_stored_in_ascii(parent):
    client, store = parent
    added = client.post(f"/cases/{DEMO_CASE_ID}/payments", follow_redirects=False,
                        data={**PAYMENT, "amount": "１，２００．５"})
    assert added.status_code == 303
    assert str(store.load_case(DEMO_CASE_ID).payments[-1].amount) == "1200.50"


def test_a_case_stored_before_the_checks_opens_and_its_reversal_is_noted(parent):
    """A case saved with a reversal naming no payment (possible before the check) still
    opens, the statement notes the reversal it cannot apply, and entries can still be
    added."""
    client, store = parent
    case = store.load_case(DEMO_CASE_ID)
    data = case.model_dump(mode="json", by_alias=True)
    data["payments"].append({"date": "2025-11-02", "amount": "100.00", "currency": "CNY",
                             "kind": "reversal"})
    store.update_case(DEMO_CASE_ID, CaseFile.model_validate(data, context=AS_STORED),
                      actor="t")
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh")
    assert page.status_code == 200 and "冲回" in page.text
    statement = build_statement(store.load_case(DEMO_CASE_ID), dt.date.today())
    assert "reversal_without_payment" in {n.code for n in statement.problems}
    added = client.post(f"/cases/{DEMO_CASE_ID}/payments", follow_redirects=False, data=PAYMENT)
    assert added.status_code == 303
    assert len(store.load_case(DEMO_CASE_ID).payments) == len(case.payments) + 2


def test_a_payment_a_reversal_names_is_not_removed_before_the_reversal(parent):
    """Removing the payment a reversal undoes would leave the reversal naming nothing (and
    one naming payments by place, "payment #2", would come to name the next): refused until
    the reversal is removed."""
    from supportcase.web.forms import fingerprint

    client, store = parent
    case = store.load_case(DEMO_CASE_ID)
    data = case.model_dump(mode="json", by_alias=True)
    data["payments"] += [
        {"id": "bounced", "date": "2025-11-01", "amount": "100.00", "currency": "CNY"},
        {"date": "2025-11-03", "amount": "100.00", "currency": "CNY", "kind": "reversal",
         "reverses": "bounced"},
        {"date": "2025-11-04", "amount": "50.00", "currency": "CNY", "kind": "reversal",
         "reverses": "payment #2"}]
    store.update_case(DEMO_CASE_ID, CaseFile.model_validate(data), actor="t")
    pays = store.load_case(DEMO_CASE_ID).payments
    at = len(pays) - 3
    for index in (at, 0):  # the payment named by id; one before a payment named by place
        page = _refused(client, store, "payments/remove",
                        {"index": str(index), "entry": fingerprint(pays[index])})
        assert "请先删除该冲回或退款" in page.alerts["payments"][0]
    # The reversals first, then the payment: each removal is kept.
    for index in (len(pays) - 1, len(pays) - 2, at):
        pays = store.load_case(DEMO_CASE_ID).payments
        removed = client.post(f"/cases/{DEMO_CASE_ID}/payments/remove", follow_redirects=False,
                              data={"index": str(index), "entry": fingerprint(pays[index])})
        assert removed.status_code == 303
    assert store.load_case(DEMO_CASE_ID) == case
