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
    from supportcase.web.forms import fingerprint

    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    before = store.load_case(DEMO_CASE_ID)
    client.post(f"/cases/{DEMO_CASE_ID}/payments",
                data={"date": "2026-11-20", "amount": "123.45", "currency": "CNY",
                      "payer": "relative", "kind": "gift"})
    index = len(before.payments)
    mistaken = store.load_case(DEMO_CASE_ID).payments[index]
    page = client.get(f"/cases/{DEMO_CASE_ID}").text
    assert f'name="entry" value="{fingerprint(mistaken)}"' in page
    stale = client.post(f"/cases/{DEMO_CASE_ID}/payments/remove",
                        data={"index": index - 1, "entry": fingerprint(mistaken)})
    assert stale.status_code == 409 and len(store.load_case(DEMO_CASE_ID).payments) == index + 1
    removed = client.post(f"/cases/{DEMO_CASE_ID}/payments/remove", follow_redirects=False,
                          data={"index": index, "entry": fingerprint(mistaken)})
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
    from supportcase.web.forms import fingerprint

    assert client.post(f"/cases/{DEMO_CASE_ID}/payments/remove",
                       data={"index": 0, "entry": fingerprint(before.payments[0])}
                       ).status_code == 403
    assert store.load_case(DEMO_CASE_ID) == before


def _ended_in_2023(store: Store) -> None:
    """The demo case, its support ended with 2023: the PRC two-year application period
    (CPL 2023 art. 250) runs from the last installment's due day, 2023-12-10."""
    casefile = store.load_case(DEMO_CASE_ID)
    ob = casefile.obligations[0].model_copy(update={"end": dt.date(2023, 12, 31)})
    store.update_case(DEMO_CASE_ID, casefile.model_copy(
        update={"obligations": [ob], "communications": [], "events": []}), actor="t")


def test_a_demand_recorded_from_the_web_moves_the_enforcement_deadline(parent):
    """Civil Code art. 195 (applied to the application period by CPL 2023 art. 250): a
    demand for payment interrupts the period, which runs again from that day — the page
    shows the deadline the law module computes from the stored case, before and after."""
    from supportcase.law import deadlines

    client, store = parent
    _ended_in_2023(store)
    login(client, "demo@x.org", "pw-demo")
    today = dt.date.today()

    def application_period() -> dt.date | None:
        found = deadlines.compute(store.load_case(DEMO_CASE_ID), today)
        return next(d.due for d in found if d.id.endswith(":cn-application"))

    lapsed = application_period()
    assert lapsed == dt.date(2025, 12, 10)
    added = client.post(f"/cases/{DEMO_CASE_ID}/communications?lang=zh",
                        follow_redirects=False,
                        data={"date": "2025-03-01", "direction": "sent", "channel": "wechat",
                              "kind": "demand", "summary": "微信催要 2024 年的抚养费"})
    assert added.status_code == 303 and added.headers["location"].endswith("#history")
    (message,) = store.load_case(DEMO_CASE_ID).communications
    assert (message.kind, message.status) == ("demand", "assumed")
    renewed = application_period()
    assert renewed == dt.date(2027, 3, 1)
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert "微信催要 2024 年的抚养费" in page and "催款" in page and str(renewed) in page


def test_a_court_step_is_recorded_and_a_wrong_entry_changes_nothing(parent):
    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    before = store.load_case(DEMO_CASE_ID)
    for entry, words in (
            ({"date": "2026-02-30", "kind": "hearing"}, "“2026-02-30”不是有效日期"),
            ({"date": "", "kind": "hearing"}, "请填写发生日期"),
            ({"date": "2026-11-02", "direction": "sent", "summary": "  "}, "请简要说明消息内容"),
            # a choice no form offers: named in the reader's words, not pydantic's English
            ({"date": "2026-11-02", "direction": "sideways", "summary": "催款"},
             "“方向”的填写内容无法保存")):
        section = "communications" if "direction" in entry else "events"
        page = client.post(f"/cases/{DEMO_CASE_ID}/{section}?lang=zh", data=entry)
        assert page.status_code == 422 and words in page.text
        assert "Input should be" not in page.text
    assert store.load_case(DEMO_CASE_ID) == before
    assert client.post(f"/cases/{DEMO_CASE_ID}/no-such-list", data={}).status_code == 404
    client.post(f"/cases/{DEMO_CASE_ID}/events?lang=en",
                data={"date": "2026-11-02", "kind": "enforcement_application",
                      "authority": "北京市朝阳区人民法院", "case_number": "（2026）京0105执1234号"})
    event = store.load_case(DEMO_CASE_ID).events[-1]
    assert event.description == "applied to the court for enforcement"
    assert event.authority == "北京市朝阳区人民法院"
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert "向法院申请强制执行" in page and "（2026）京0105执1234号" in page
    # A hearing may be recorded before it is held; an application not before it is made.
    ahead = str(dt.date.today() + dt.timedelta(days=40))
    assert client.post(f"/cases/{DEMO_CASE_ID}/events", follow_redirects=False,
                       data={"date": ahead, "kind": "hearing"}).status_code == 303
    assert client.post(f"/cases/{DEMO_CASE_ID}/events",
                       data={"date": ahead, "kind": "enforcement_application"}
                       ).status_code == 422


def test_a_payment_of_unknown_kind_is_answered_from_the_web(parent):
    """Issue 3: only performance reduces the arrears, a payment of unknown kind is a question
    to resolve. Answering it on the case page (the grandmother's 3,000.00 was support) makes
    the ledger count it — the totals it showed 'if counted' become the totals — and the
    question goes; the audit log keeps what the case said before."""
    from supportcase.web.forms import fingerprint

    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    as_of = dt.date.today()
    before = store.load_case(DEMO_CASE_ID)
    at = next(i for i, p in enumerate(before.payments) if p.kind == "unknown")
    unknown = before.payments[at]
    statement = build_statement(before, as_of).to_json()
    assert any(q["code"] == "unknown_kind" for q in statement["questions"])
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert 'action="/cases/demo/payments/kind?lang=zh#payments"' in page and "更改性质" in page
    assert '<option value="unknown" selected>性质不明（待确认）</option>' in page

    refund = client.post(f"/cases/{DEMO_CASE_ID}/payments/kind?lang=zh",
                         data={"index": at, "entry": fingerprint(unknown), "kind": "refund"})
    assert refund.status_code == 422 and "退款和冲回请删除后重新录入" in refund.text
    stale = client.post(f"/cases/{DEMO_CASE_ID}/payments/kind",
                        data={"index": at + 1, "entry": fingerprint(unknown),
                              "kind": "performance"})
    assert stale.status_code == 409 and "未作任何更改" in stale.text
    assert store.load_case(DEMO_CASE_ID) == before

    done = client.post(f"/cases/{DEMO_CASE_ID}/payments/kind", follow_redirects=False,
                       data={"index": at, "entry": fingerprint(unknown), "kind": "performance"})
    assert done.status_code == 303 and done.headers["location"].endswith("#payments")
    after = store.load_case(DEMO_CASE_ID)
    assert after.payments[at] == unknown.model_copy(update={"kind": "performance"})
    assert after.payments[:at] + after.payments[at + 1:] == \
        before.payments[:at] + before.payments[at + 1:]
    counted = build_statement(after, as_of).to_json()
    assert Decimal(counted["total_paid"]) == Decimal(statement["total_paid"]) + unknown.amount
    assert counted["total_paid"] == statement["if_unknown_payments_counted"]["total_paid"]
    assert not any(q["code"] == "unknown_kind" for q in counted["questions"])
    assert store.audit_log(DEMO_CASE_ID)[-1].actor.startswith("web:")


def test_a_viewer_cannot_change_what_a_payment_was(parent):
    from supportcase.web.forms import fingerprint

    client, store = parent
    store.add_member(DEMO_CASE_ID, store.user_by_email("new@x.org").id, "viewer")
    login(client, "new@x.org", "pw-new-parent")
    before = store.load_case(DEMO_CASE_ID)
    assert "/payments/kind" not in client.get(f"/cases/{DEMO_CASE_ID}").text
    assert client.post(f"/cases/{DEMO_CASE_ID}/payments/kind",
                       data={"index": 0, "entry": fingerprint(before.payments[0]),
                             "kind": "gift"}).status_code == 403
    assert client.post(f"/cases/{DEMO_CASE_ID}/events/kind",
                       data={"index": 0, "kind": "gift"}).status_code in (403, 404)
    assert store.load_case(DEMO_CASE_ID) == before


def test_linking_a_document_as_proof_makes_a_recorded_payment_proven(parent):
    from supportcase.web.forms import fingerprint

    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    client.post(f"/cases/{DEMO_CASE_ID}/payments",
                data={"date": "2026-11-20", "amount": "600.00", "currency": "CNY"})
    casefile = store.load_case(DEMO_CASE_ID)
    index, recorded = len(casefile.payments) - 1, casefile.payments[-1]
    document = casefile.documents[0]
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert "关联为凭证" in page and f'<option value="{document.id}">' in page
    refused = client.post(f"/cases/{DEMO_CASE_ID}/payments/proof?lang=zh",
                          data={"index": index, "entry": fingerprint(recorded),
                                "document": "not-a-doc"})
    assert refused.status_code == 422 and "本案没有该文件" in refused.text
    linked = client.post(f"/cases/{DEMO_CASE_ID}/payments/proof", follow_redirects=False,
                         data={"index": index, "entry": fingerprint(recorded),
                               "document": document.id})
    assert linked.status_code == 303
    proven = store.load_case(DEMO_CASE_ID).payments[index]
    assert (proven.proof, proven.status) == (document.id, "proven")
    assert proven.model_copy(update={"proof": None, "status": "assumed"}) == recorded
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert f"凭证：{document.title}" in page


def _new_case(client: TestClient, jurisdiction: str = "CN") -> str:
    made = client.post("/cases", follow_redirects=False,
                       data={"title": "Li Mei v. Wang Qiang", "jurisdiction": jurisdiction})
    return made.headers["location"].split("/")[2].split("?")[0]


TERMS = {"basis": "judgment", "court": "北京市朝阳区人民法院", "case_number": "（2021）京0105民初12345号",
         "amount": "2500.00", "currency": "CNY", "frequency": "monthly", "due_day": "10",
         "due_rule": "by", "start": "2021-08-01", "ends": "child_18",
         "child_name": "王小明", "child_birth": "2015-03-02"}


def test_support_terms_entered_by_hand_make_the_ledger_run(parent):
    """When reading a photo of the judgment misses its terms, the parent types them: the
    obligation is assumed until checked, ends at the child's 18th birthday, and — a PRC
    court judgment — carries double interest for delay (CPL 2023 art. 264), as a proposal
    from the document would."""
    from supportcase.casefile.model import EndAtChildAge

    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    case_id = _new_case(client)
    page = client.get(f"/cases/{case_id}?lang=zh").text
    assert "手动填写抚养费条款" in page and "<details open>" in page
    added = client.post(f"/cases/{case_id}/obligations", data=TERMS, follow_redirects=False)
    assert added.status_code == 303
    casefile = store.load_case(case_id)
    (ob,) = casefile.obligations
    assert (str(ob.amount), ob.due_day, ob.due_rule, ob.start) == ("2500.00", 10, "by",
                                                                   dt.date(2021, 8, 1))
    assert ob.status == "assumed" and ob.end == EndAtChildAge(child=0)
    assert ob.basis.jurisdiction == "CN" and ob.basis.case_number == TERMS["case_number"]
    assert [(c.name, c.birth_date) for c in casefile.children] == [("王小明",
                                                                   dt.date(2015, 3, 2))]
    assert casefile.interest.regime == "cn-delayed-performance"
    as_of = dt.date(2021, 12, 31)
    expected = build_statement(casefile, as_of).to_json()
    assert expected["total_due"] == "12500.00"  # Aug–Dec 2021: five months of 2,500.00
    shown = client.get(f"/cases/{case_id}?as_of={as_of}&lang=en").text
    assert f"{expected['total_outstanding']} CNY" in shown


def test_terms_may_start_and_end_in_the_future_but_a_birth_may_not(parent):
    """A judgment made now may set support from next month until a date years ahead; a
    child's birth date cannot lie ahead."""
    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    case_id = _new_case(client)
    today = dt.date.today()
    start = dt.date(today.year + 1, 1, 1)
    added = client.post(f"/cases/{case_id}/obligations", follow_redirects=False,
                        data={**TERMS, "start": str(start), "ends": "date",
                              "end_date": str(dt.date(today.year + 10, 12, 31))})
    assert added.status_code == 303
    (ob,) = store.load_case(case_id).obligations
    assert (ob.start, ob.end) == (start, dt.date(today.year + 10, 12, 31))
    born_later = client.post(f"/cases/{case_id}/obligations?lang=zh",
                             data={**TERMS, "child_name": "王小红",
                                   "child_birth": str(today + dt.timedelta(days=30))})
    assert born_later.status_code == 422 and "该日期尚未到来" in born_later.text


@pytest.mark.parametrize(("change", "words"), [
    ({"amount": "两千五"}, "“两千五”不是金额"),
    ({"due_day": "32"}, "“32”不是付款日"),
    ({"start": ""}, "请填写开始给付的日期"),
    ({"child_birth": ""}, "请填写子女姓名和出生日期"),
    ({"ends": "date", "end_date": "2020-01-01"}, "止付日期早于开始日期"),
])
def test_wrong_terms_are_one_message_and_nothing_is_added(parent, change, words):
    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    case_id = _new_case(client)
    before = store.load_case(case_id)
    page = client.post(f"/cases/{case_id}/obligations?lang=zh", data={**TERMS, **change})
    assert page.status_code == 422 and words in page.text
    assert store.load_case(case_id) == before


def test_the_parents_details_are_entered_and_corrected_without_erasing(parent):
    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    case_id = _new_case(client)
    refused = client.post(f"/cases/{case_id}/parties?lang=zh",
                          data={"obligor_country": "US-CA"})  # no name yet
    assert refused.status_code == 422 and "请先填写姓名" in refused.text
    refused = client.post(f"/cases/{case_id}/parties?lang=zh",
                          data={"obligor_name": "王强", "obligor_country": "ZZ"})
    assert refused.status_code == 422 and "“ZZ”不是国家或地区代码" in refused.text
    assert store.load_case(case_id).parties.obligor is None
    client.post(f"/cases/{case_id}/parties",
                data={"obligee_name": " 李梅 ", "obligor_name": "王强", "obligor_country": "us-ca",
                      "obligor_address": "1 Main St, San Jose, CA"})
    parties = store.load_case(case_id).parties
    assert parties.obligee.name == "李梅"
    assert (parties.obligor.name, parties.obligor.country) == ("王强", "US-CA")
    # A later correction changes what is typed and keeps the rest.
    client.post(f"/cases/{case_id}/parties", data={"obligor_address": "9 Oak Ave, Fresno, CA"})
    obligor = store.load_case(case_id).parties.obligor
    assert (obligor.name, obligor.country, obligor.address) == ("王强", "US-CA",
                                                                "9 Oak Ave, Fresno, CA")
    page = client.get(f"/cases/{case_id}?lang=zh").text
    assert "王强" in page and "李梅" in page
    # Where a parent lives is said in words, the code kept as the title (it showed "US-CA").
    assert '(<span title="US-CA">美国加利福尼亚州</span>)' in page
    page = client.get(f"/cases/{case_id}?lang=en").text
    assert '(<span title="US-CA">California, United States</span>)' in page
    listed = client.get("/?lang=en").text
    assert '<span title="CN">China (Mainland)</span>' in listed


def test_terms_typed_wrong_are_removed_and_typed_again(parent):
    """A mistyped amount (or terms read wrongly from a document and applied) can be taken
    off the case from its page; nothing else on the case changes."""
    from supportcase.web.forms import fingerprint

    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    case_id = _new_case(client)
    client.post(f"/cases/{case_id}/obligations", data={**TERMS, "amount": "25000.00"})
    typed = store.load_case(case_id)
    (wrong,) = typed.obligations
    page = client.get(f"/cases/{case_id}").text
    assert f'value="{fingerprint(wrong)}"' in page
    removed = client.post(f"/cases/{case_id}/obligations/remove", follow_redirects=False,
                          data={"index": 0, "entry": fingerprint(wrong)})
    assert removed.status_code == 303 and removed.headers["location"].endswith("#terms")
    after = store.load_case(case_id)
    assert after.obligations == [] and after.children == typed.children
    client.post(f"/cases/{case_id}/obligations", data=TERMS)
    assert [str(o.amount) for o in store.load_case(case_id).obligations] == ["2500.00"]
    # Terms are added whole; a proof link naming terms that are not there changes nothing.
    assert client.post(f"/cases/{case_id}/obligations/proof",
                       data={"index": 0, "entry": "x", "document": "y"}).status_code == 409


def test_terms_checked_against_their_document_are_no_longer_assumed(parent):
    """Terms typed by hand (or proposed from a document) are assumed, and the statement says
    every installment rests on them, until a person checks them against the document that
    sets them: linking that document on the case page makes them proven and the statement
    stops saying so. Nothing else in the terms changes."""
    from supportcase.web.forms import fingerprint

    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    case_id = _new_case(client)
    client.post(f"/cases/{case_id}/obligations", data=TERMS)
    store.add_document(case_id, b"%PDF-1.4 the judgment", title="判决书", actor="t")
    casefile = store.load_case(case_id)
    (typed,), document = casefile.obligations, casefile.documents[0]
    assert typed.status == "assumed"
    notes = build_statement(casefile, dt.date(2026, 11, 1)).assumptions
    (note,) = [n for n in notes if n.code == "obligation_assumed"]
    assert "待核实" in note.zh and "assumed" not in note.zh  # the status in words, not a key
    page = client.get(f"/cases/{case_id}?lang=zh").text
    assert "已将以上给付内容与确定它的文书核对" in page
    assert f'action="/cases/{case_id}/obligations/proof?lang=zh#terms"' in page

    checked = client.post(f"/cases/{case_id}/obligations/proof", follow_redirects=False,
                          data={"index": 0, "entry": fingerprint(typed),
                                "document": document.id})
    assert checked.status_code == 303 and checked.headers["location"].endswith("#terms")
    (proven,) = store.load_case(case_id).obligations
    assert (proven.status, proven.basis.document) == ("proven", document.id)
    assert proven.model_copy(update={"status": "assumed", "basis": typed.basis}) == typed
    after = build_statement(store.load_case(case_id), dt.date(2026, 11, 1))
    assert "obligation_assumed" not in {n.code for n in after.assumptions}
    page = client.get(f"/cases/{case_id}?lang=zh").text
    assert f"凭证：{document.title}" in page and "已将以上给付内容" not in page


def test_asset_clues_are_recorded_with_how_they_were_obtained(parent):
    """A clue obtained unlawfully is kept on file but left out of filings: the checklist
    lists it as refused, a lawful one is usable."""
    from supportcase.advice.checklist import build_checklist, usable_clues
    from supportcase.drafting.sources import gather

    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    before = len(store.load_case(DEMO_CASE_ID).asset_clues)
    for data in ({"kind": "employer", "country": "us-ca", "details": "Acme Chips Inc., San Jose",
                  "obtained_how": "third_party", "obtained": "a mutual friend"},
                 {"kind": "bank_account", "country": "CN", "details": "ICBC account ending 8812",
                  "obtained_how": "unlawful"}):
        added = client.post(f"/cases/{DEMO_CASE_ID}/asset_clues", data=data,
                            follow_redirects=False)
        assert added.status_code == 303 and added.headers["location"].endswith("#assets")
    casefile = store.load_case(DEMO_CASE_ID)
    lawful, unlawful = casefile.asset_clues[before:]
    assert (lawful.kind, lawful.country, lawful.status) == ("employer", "US-CA", "assumed")
    assert lawful.obtained == "someone told me: a mutual friend"
    assert unlawful.obtained_how == "unlawful"
    checklist = build_checklist(casefile, gather(casefile, dt.date.today()))
    assert [r.details for r in checklist.refused if r.kind == "bank_account"] == [
        "ICBC account ending 8812"]
    assert lawful in usable_clues(casefile.asset_clues) and unlawful not in usable_clues(
        casefile.asset_clues)
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert "ICBC account ending 8812" in page and "不用于提交材料" in page
    refused = client.post(f"/cases/{DEMO_CASE_ID}/asset_clues?lang=zh",
                          data={"kind": "vehicle", "details": " "})
    assert refused.status_code == 422 and "请说明线索内容" in refused.text


def test_a_cost_for_the_child_is_due_only_where_the_document_shares_it(parent):
    """Issue 3's rule: an expense the legal document shares (here 50 % of medical costs
    within 30 days of receipt) becomes a due; one it does not cover is listed apart as
    'not in the legal basis', never mixed into the arrears."""
    from supportcase.casefile.model import ExpenseShare

    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    casefile = store.load_case(DEMO_CASE_ID)
    ob = casefile.obligations[0].model_copy(update={"expense_shares": [
        ExpenseShare(category="medical", share=Decimal("0.5"), within_days=30)]})
    store.update_case(DEMO_CASE_ID, casefile.model_copy(update={"obligations": [ob]}),
                      actor="t")
    as_of = dt.date(2026, 11, 1)
    before = build_statement(store.load_case(DEMO_CASE_ID), as_of).to_json()
    for data in ({"date": "2026-03-02", "category": "medical", "amount": "1200.00",
                  "currency": "CNY", "description": "儿童医院 急诊", "notified": "2026-03-05"},
                 {"date": "2026-04-01", "category": "activities", "amount": "900.00",
                  "currency": "CNY", "description": "swimming lessons"}):
        added = client.post(f"/cases/{DEMO_CASE_ID}/expenses", data=data,
                            follow_redirects=False)
        assert added.status_code == 303 and added.headers["location"].endswith("#expenses")
    after = build_statement(store.load_case(DEMO_CASE_ID), as_of).to_json()
    assert Decimal(after["total_due"]) == Decimal(before["total_due"]) + Decimal("600.00")
    assert any("swimming lessons" in n["en"] or "900.00" in n["en"]
               for n in after["excluded"])
    page = client.get(f"/cases/{DEMO_CASE_ID}?lang=zh").text
    assert "儿童医院 急诊" in page and "子女相关费用" in page


def test_a_case_file_from_elsewhere_becomes_a_case_the_user_owns(parent, demo_yaml):
    from supportcase.casefile import parse_casefile

    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    text = demo_yaml.read_text(encoding="utf-8")
    made = client.post("/cases/import", follow_redirects=False,
                       files={"casefile": ("case.yaml", text.encode("utf-8"),
                                           "application/yaml")})
    assert made.status_code == 303
    case_id = made.headers["location"].split("/")[2].split("?")[0]
    assert store.load_case(case_id) == parse_casefile(text)
    assert store.members(case_id) == [("new@x.org", "owner")]
    mine = len(store.list_cases(user_id=store.user_by_email("new@x.org").id))
    for data, words in (
            (text.replace("due_day: 10", "due_day: 32").encode("utf-8"),
             "该案卷文件无法使用：case.yaml 第"),
            (text.encode("gb18030"), "该文件不是 UTF-8 文本（看起来是 GBK 编码），请另存为 UTF-8"
                                     "（记事本：另存为，编码选 UTF-8）后重试"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8", "该文件不是 UTF-8 文本，请另存为")):
        refused = client.post("/cases/import?lang=zh",
                              files={"casefile": ("case.yaml", data, "application/yaml")})
        assert refused.status_code == 422 and words in refused.text
    assert len(store.list_cases(user_id=store.user_by_email("new@x.org").id)) == mine
    # Saved by Notepad as "Unicode" (UTF-16 with its byte-order mark): read as saved.
    made = client.post("/cases/import", follow_redirects=False,
                       files={"casefile": ("case.yaml", text.encode("utf-16"), "text/yaml")})
    assert made.status_code == 303
    assert store.load_case(made.headers["location"].split("/")[2].split("?")[0]) == \
        parse_casefile(text)


def test_an_edited_case_file_replaces_the_case_and_the_audit_keeps_the_old(parent):
    """What the page cannot change (here a suspension of the support) is changed in the
    case file downloaded from it and uploaded again; a viewer cannot."""
    client, store = parent
    login(client, "demo@x.org", "pw-demo")
    before = store.load_case(DEMO_CASE_ID)
    text = client.get(f"/cases/{DEMO_CASE_ID}/casefile.yaml").content.decode("utf-8")
    edited = text.replace("  due_day: 10\n", "  due_day: 10\n  suspensions:\n"
                          "  - start: 2021-01-01\n    end: 2021-06-30\n"
                          "    reason: agreed pause\n", 1)
    assert edited != text
    replaced = client.post(f"/cases/{DEMO_CASE_ID}/replace", follow_redirects=False,
                           files={"casefile": ("case.yaml", edited.encode(), "text/yaml")})
    assert replaced.status_code == 303
    after = store.load_case(DEMO_CASE_ID)
    assert after.obligations[0].suspensions[0].reason == "agreed pause"
    assert after.payments == before.payments and after.documents == before.documents
    assert store.audit_log(DEMO_CASE_ID)[-1].action == "case.replace"
    viewer = store.user_by_email("new@x.org").id
    store.add_member(DEMO_CASE_ID, viewer, "viewer")
    other = TestClient(create_app(store))
    login(other, "new@x.org", "pw-new-parent")
    assert other.post(f"/cases/{DEMO_CASE_ID}/replace",
                      files={"casefile": ("case.yaml", text.encode(), "text/yaml")}
                      ).status_code == 403
    assert store.load_case(DEMO_CASE_ID) == after


def test_terms_sent_twice_are_not_added_twice_and_every_term_has_its_own_id(parent):
    """A double click on "Add the terms" must not double every installment; an amount with
    more decimals than the currency has is refused (money moves in whole fen); and terms
    added after one was removed get an id of their own (the ledger names rows by it)."""
    from supportcase.web.forms import fingerprint

    client, store = parent
    login(client, "new@x.org", "pw-new-parent")
    case_id = _new_case(client)
    assert client.post(f"/cases/{case_id}/obligations", data=TERMS).status_code == 200
    twice = client.post(f"/cases/{case_id}/obligations?lang=zh", data=TERMS)
    assert twice.status_code == 422 and "未重复添加" in twice.text
    assert len(store.load_case(case_id).obligations) == 1
    places = client.post(f"/cases/{case_id}/obligations?lang=en",
                         data={**TERMS, "amount": "2000.555"})
    assert places.status_code == 422 and "copy the amount as the document states it" in \
        places.text
    assert len(store.load_case(case_id).obligations) == 1

    client.post(f"/cases/{case_id}/obligations", data={**TERMS, "amount": "1800"})
    first = store.load_case(case_id).obligations[0]
    client.post(f"/cases/{case_id}/obligations/remove",
                data={"index": 0, "entry": fingerprint(first)})
    client.post(f"/cases/{case_id}/obligations", data={**TERMS, "amount": "1200.5"})
    terms = store.load_case(case_id).obligations
    assert [str(o.amount) for o in terms] == ["1800.00", "1200.50"]
    assert len({o.id for o in terms}) == 2


def test_the_asset_form_asks_where_the_asset_is(parent):
    # It asked where the asset "lives" (the parties' label): a bank account lives nowhere.
    client, _ = parent
    login(client, "demo@x.org", "pw-demo")
    case_id = client.get("/").text.split('href="/cases/')[1].split('"')[0]
    for lang, words in (("en", "Where it is (country code)"), ("zh", "所在地（国家/地区代码）")):
        page = client.get(f"/cases/{case_id}?lang={lang}").text
        form = page[page.index(f'action="/cases/{case_id}/asset_clues?lang={lang}#assets"'):]
        assert words in form.split("</form>")[0]
