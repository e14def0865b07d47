"""A parent starts a case and records the payments that arrive, from the web: each entry
checked as the case file checks it, said in the parent's language when it is wrong, and
nothing saved is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.demo import DEMO_CASE_ID, ensure_demo
from supportcase.ledger import build_statement
from supportcase.store import Store
from supportcase.web.app import create_app
from tests.web.test_web import login


@pytest.fixture
def parent():
    store = Store(settings())
    store.init()
    ensure_demo(store, email="demo@x.org", password="pw-demo")  # owns the demo case
    store.create_user("new@x.org", "pw-new-parent")
    client = TestClient(create_app(store))
    yield client, store
    store.close()


def test_a_parent_with_no_case_starts_one_and_owns_it(parent):
    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    page = client.get("/?lang=zh").text
    assert "新建案件" in page and 'value="US-CA"' in page
    made = client.post("/cases?lang=zh", follow_redirects=False,
                       data={"title": "  李梅诉王强  抚养费 ", "jurisdiction": "CN"})
    assert made.status_code == 303
    case_id = made.headers["location"].split("/")[2].split("?")[0]
    casefile = store.load_case(case_id)
    assert casefile.case.title == "李梅诉王强 抚养费" and casefile.case.order_jurisdiction == "CN"
    assert store.members(case_id) == [("new@x.org", "owner")]
    shown = client.get(made.headers["location"]).text
    assert "本案尚未录入抚养费给付义务" in shown  # the next step: add the judgment
    refused = client.post("/cases?lang=zh", data={"title": "   ", "jurisdiction": "CN"})
    assert refused.status_code == 422 and "请填写案件名称" in refused.text
    assert len(store.list_cases(user_id=store.user_by_email("new@x.org").id)) == 1


def test_a_recorded_payment_is_counted_and_marked_as_the_parents_own_record(parent):
    """PRC SPC 2014 interpretation art. 4: a payment first pays the principal fixed by the
    document — so 1,000.00 paid shows as 1,000.00 more paid and the principal outstanding
    falls by it, exactly as the ledger computes it from the stored case."""
    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    as_of = dt.date.today()
    before = build_statement(store.load_case(DEMO_CASE_ID), as_of).to_json()
    paid_on = (as_of - dt.timedelta(days=3)).isoformat()
    added = client.post(f"/cases/{DEMO_CASE_ID}/payments?lang=zh", follow_redirects=False,
                        data={"date": paid_on, "amount": "1,000", "currency": "CNY",
                              "payer": "obligor", "kind": "performance",
                              "method": "微信", "note": "十一月部分付款"})
    assert added.status_code == 303 and added.headers["location"].endswith("#payments")
    casefile = store.load_case(DEMO_CASE_ID)
    payment = casefile.payments[-1]
    assert (str(payment.amount), payment.status, payment.method) == ("1000.00", "assumed",
                                                                    "微信")
    after = build_statement(casefile, as_of).to_json()
    assert Decimal(after["total_paid"]) == Decimal(before["total_paid"]) + Decimal("1000.00")
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert f"{after['total_outstanding']} CNY" in page and "本人记录" in page


@pytest.mark.parametrize(("field", "value", "words"), [
    ("date", "01/11/2026", "“01/11/2026”不是有效日期"),
    ("date", "2100-01-01", "该日期尚未到来"),
    ("amount", "abc", "“abc”不是金额"),
    ("amount", "1e5", "“1e5”不是金额"),
    ("amount", "0", "金额必须大于零"),
    ("amount", "800.555", "“800.555”的小数位多于 CNY 允许的 2 位"),
    ("currency", "RMB", "“RMB”不是币种代码"),
])
def test_a_wrong_payment_entry_is_one_message_and_nothing_changes(parent, field, value,
                                                                  words):
    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    before = store.load_case(DEMO_CASE_ID)
    entry = {"date": "2026-11-20", "amount": "500.00", "currency": "CNY",
             "payer": "obligor", "kind": "performance", field: value}
    page = client.post(f"/cases/{DEMO_CASE_ID}/payments?lang=zh", data=entry)
    assert page.status_code == 422 and words in page.text and "Traceback" not in page.text
    assert store.load_case(DEMO_CASE_ID) == before


def test_a_payment_entered_by_mistake_is_removed_and_only_that_one(parent):
    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    before = store.load_case(DEMO_CASE_ID)
    client.post(f"/cases/{DEMO_CASE_ID}/payments",
                data={"date": "2026-11-20", "amount": "123.45", "currency": "CNY",
                      "payer": "relative", "kind": "gift"})
    index = len(before.payments)
    stale = client.post(f"/cases/{DEMO_CASE_ID}/payments/remove",
                        data={"index": index, "date": "2026-11-20", "amount": "999.99"})
    assert stale.status_code == 409 and len(store.load_case(DEMO_CASE_ID).payments) == index + 1
    removed = client.post(f"/cases/{DEMO_CASE_ID}/payments/remove", follow_redirects=False,
                          data={"index": index, "date": "2026-11-20", "amount": "123.45"})
    assert removed.status_code == 303
    assert store.load_case(DEMO_CASE_ID) == before


def test_a_viewer_cannot_record_or_remove_payments(parent):
    client, store = parent
    store.add_member(DEMO_CASE_ID, store.user_by_email("new@x.org").id, "viewer")
    login(client, "new@x.org", "pw-new-parent")
    before = store.load_case(DEMO_CASE_ID)
    page = client.get(f"/cases/{DEMO_CASE_ID}").text
    assert 'action="/cases/demo/payments' not in page
    assert client.post(f"/cases/{DEMO_CASE_ID}/payments",
                       data={"date": "2026-11-20", "amount": "1.00",
                             "currency": "CNY"}).status_code == 403
    assert client.post(f"/cases/{DEMO_CASE_ID}/payments/remove",
                       data={"index": 0, "date": str(before.payments[0].date),
                             "amount": str(before.payments[0].amount)}).status_code == 403
    assert store.load_case(DEMO_CASE_ID) == before
