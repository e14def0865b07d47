"""The checklist and questions for counsel for an order made outside the Mainland that the
route planner takes to a PRC court: a California order, the obligor moved to Shenzhen.

The route planner is right (sue afresh in the PRC, or recognition at an intermediate court
under CPL 298, while US enforcement keeps running); the checklist must follow it, not treat
the order as a PRC judgment. Each test names the rule it checks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from supportcase.advice.checklist import Item, build_checklist
from supportcase.casefile import CaseFile
from supportcase.drafting.sources import gather
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)

CALIFORNIA_ORDER = {
    "version": 1,
    "case": {"title": "Chen v. Liu", "order_jurisdiction": "US-CA"},
    "parties": {"obligee": {"name": "Amy Chen", "country": "US-CA"},
                "obligor": {"name": "Liu Wei", "country": "CN-GD"}},
    "children": [{"name": "Mia Liu", "birth_date": "2015-04-02"}],
    "documents": [{"id": "order", "title": "Findings and Order After Hearing"}],
    "obligations": [{
        "id": "main",
        "basis": {"type": "us_order", "date": "2019-05-01", "effective_date": "2019-05-01",
                  "document": "order", "case_number": "19FL001234",
                  "court": "Superior Court of California, County of Santa Clara"},
        "amount": "850.00", "currency": "USD", "due_day": 1, "start": "2019-06-01",
        "end": {"child_age": 18, "child": 0}, "children": [0]}],
    "payments": [
        {"date": "2019-06-03", "amount": "850.00", "currency": "USD", "proof": "order"},
        {"date": "2019-07-05", "amount": "850.00", "currency": "USD"},
        {"date": "2020-01-15", "amount": "5000.00", "currency": "CNY"}],
    "interest": {"regime": "us-ca-legal"},
}


@pytest.fixture
def california() -> CaseFile:
    return CaseFile.model_validate(CALIFORNIA_ORDER)


def _items(case: CaseFile) -> dict[str, Item]:
    return {i.id: i for i in build_checklist(case, gather(case, AS_OF)).items}


def test_next_step_for_a_california_order_is_recognition_or_a_fresh_claim(
        california: CaseFile) -> None:
    # cn.recognition.foreign_judgments (CPL 2023 art. 298) and cn.recognition.fresh_action: a
    # PRC court does not enforce a US order as it is. The step read 'File the application for
    # enforcement — Judgments are enforced by the first-instance court' (CPL art. 235) with
    # the California court as the court to file with.
    items = _items(california)
    step = items["enforcement.file"]
    assert "application for enforcement" not in step.title.en
    assert "Superior Court" not in step.title.en and "强制执行申请" not in step.title.zh
    assert "Sue afresh" in step.title.en and "Recognition" in step.title.en
    assert "另行起诉" in step.title.zh and "中级人民法院" in step.title.zh
    assert {"cn.recognition.fresh_action", "cn.recognition.foreign_judgments"} <= set(step.rules)
    assert "cn.enforcement.court" not in step.rules and "enforcement_court" not in step.cites
    assert step.draft != "enforcement_application"
    assert any("intermediate court for recognition" in d.en for d in step.details)
    after = items["enforcement.after_filing"]
    assert "cn.enforcement.higher_court" not in after.rules
    assert "cn.recognition.foreign_judgments" in after.rules


def test_prc_judgment_still_files_the_application_for_enforcement() -> None:
    # cn.enforcement.court (CPL 2023 art. 235): the demo's PRC judgment is unchanged.
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    step = _items(demo)["enforcement.file"]
    assert step.title.en.startswith("File the application for enforcement")
    assert step.rules == ("cn.enforcement.court", "cn.enforcement.application_documents")


def test_california_side_keeps_running_with_the_local_child_support_agency(
        california: CaseFile) -> None:
    # us.ca.enforcement.lcsa_services (Cal. Fam. Code § 17400) and the route planner's
    # us-remedies-from-abroad route: the obligee lives in California, and the checklist said
    # nothing of the agency case, passport denial, tax offset or credit reporting.
    item = _items(california)["enforcement.order_place"]
    assert item.rules[0] == "us.ca.enforcement.lcsa_services"
    assert {"us.federal.remedies.passport_denial", "us.federal.remedies.tax_refund_offset",
            "us.federal.remedies.credit_reporting"} <= set(item.rules)
    assert "local child support agency" in item.why.en and "地方子女抚养机构" in item.why.zh
    assert "LCSA" in item.title.en and "DCSS" in item.title.zh
    steps = " ".join(d.en for d in item.details)
    assert "passport denial" in steps and "tax refund offset" in steps
    assert "拒发护照" in " ".join(d.zh for d in item.details)


def test_no_order_place_item_for_a_prc_judgment() -> None:
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    assert not any(i.startswith("enforcement.order_place") for i in _items(demo))


def test_legal_basis_of_a_us_order_does_not_cite_the_prc_duty_to_perform(
        california: CaseFile) -> None:
    # cn.recognition.us_orders: the 'Legal basis: US support order' item cited CPL (2023)
    # art. 247, the duty to perform a PRC court's own legal documents — not a US order.
    item = _items(california)["basis.instrument.main"]
    assert item.rules == ("cn.recognition.us_orders",)
    assert "duty_to_perform" not in item.cites
    # A PRC judgment keeps art. 247 (cn.instruments.judgment).
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    assert _items(demo)["basis.instrument.main"].cites == ("duty_to_perform",)


def test_questions_for_a_us_order_ask_recognition_or_fresh_claim_not_enforcement(
        california: CaseFile) -> None:
    # cn.recognition.foreign_judgments (CPL 2023 art. 298), cn.recognition.fresh_action: the
    # first questions asked whether the US order could be enforced as it is 'or notarized, or
    # judicially confirmed' on CPL art. 247, and which court to file with — 'the
    # first-instance court' (CPL art. 235) with the California court as the context.
    from supportcase.advice.questions import questions_for_counsel, questions_to_text

    questions = questions_for_counsel(california, gather(california, AS_OF))
    basis, court = questions[0], questions[1]
    assert (basis.id, court.id) == ("basis", "court")
    assert "notarize" not in basis.text.en and "赋强公证" not in basis.text.zh
    assert "duty_to_perform" not in basis.cites and "foreign_judgment" in basis.cites
    assert "Sue afresh" in basis.text.en and "not certain" in basis.text.en
    assert "另行起诉" in basis.text.zh and basis.open_point
    assert {"cn.recognition.fresh_action", "cn.recognition.foreign_judgments"} <= set(basis.rules)
    assert "cn.enforcement.court" not in court.rules and not court.cites
    assert "Intermediate people's court" in court.text.en and "中级人民法院" in court.text.zh
    text = questions_to_text(questions, "both")
    assert "first-instance court" not in text and "Superior Court" not in text
    assert "第一审法院" not in text


def test_california_assets_are_reached_under_the_california_order_itself(
        california: CaseFile) -> None:
    # us.ca.enforcement.support_judgment_duration (the route planner's 'enforce through the
    # local child support agency or the court' for a California order) and
    # us.ca.enforcement.lcsa_services: the item said 'PRC enforcement measures stop at the
    # border … through this country's courts' on cn.international.enforcement_abroad, the
    # rule on enforcing a PRC judgment abroad.
    item = _items(california)["assets.US-CA"]
    assert item.rules == ("us.ca.enforcement.support_judgment_duration",
                          "us.ca.enforcement.lcsa_services")
    assert not any(r.startswith("cn.") for r in item.rules)
    assert "PRC enforcement measures stop" not in item.why.en
    assert "local child support agency" in item.why.en and "地方子女抚养机构" in item.why.zh
    assert "无需经内地法院承认" in item.why.zh


def test_assets_abroad_under_a_prc_judgment_keep_the_enforcement_abroad_rule() -> None:
    # cn.international.enforcement_abroad (CPL 2023 art. 297): the demo's PRC judgment and
    # the obligor's salary in California are unchanged.
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    item = _items(demo)["assets.US-CA"]
    assert item.rules == ("cn.international.enforcement_abroad",
                          "cn.international.hague_2007_not_party")


def test_exchange_rate_item_says_which_court_uses_the_cfets_rate_and_no_more(
        california: CaseFile) -> None:
    # cn.interest.foreign_currency (Fa Shi [2014] No. 8 art. 5): a PRC court converting a
    # foreign-currency debt into RMB uses the CFETS central parity. The item said 'A court
    # expects the PBOC/CFETS central parity' of CNY paid against a US order in USD; no rule
    # says which rate the California side credits it at, so that part stays neutral.
    item = _items(california)["arrears.fx"]
    assert "A court expects" not in item.why.en and "法院通常采用" not in item.why.zh
    assert "No rule found" in item.why.en and "USD" in item.why.en
    assert "In the PRC steps" in item.why.en and "CFETS central parity" in item.why.en
    assert "未找到规定" in item.why.zh and "在中国的程序中" in item.why.zh
    assert item.rules == ("cn.interest.foreign_currency",)


def test_exchange_rate_item_of_a_us_order_enforced_outside_china_cites_no_prc_rule() -> None:
    # cn.interest.foreign_currency is a PRC enforcement rule: a California order enforced
    # against an obligor in Germany, paid in EUR, does not rest on it.
    data = dict(CALIFORNIA_ORDER, parties={
        "obligee": {"name": "Amy Chen", "country": "US-CA"},
        "obligor": {"name": "Liu Wei", "country": "DE"}})
    data["payments"] = [{"date": "2020-01-15", "amount": "500.00", "currency": "EUR"}]
    item = _items(CaseFile.model_validate(data))["arrears.fx"]
    assert not any(r.startswith("cn.") for r in item.rules)
    assert "CFETS" not in item.why.en and "中国外汇交易中心" not in item.why.zh


def test_exchange_rate_item_of_a_prc_judgment_is_unchanged() -> None:
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    data = demo.model_dump(mode="json", by_alias=True)
    data["payments"].append({"date": "2024-03-01", "amount": "100.00", "currency": "USD"})
    item = _items(CaseFile.model_validate(data))["arrears.fx"]
    assert item.why.en.startswith("A court expects the PBOC/CFETS central parity")
    assert item.rules == ("cn.interest.foreign_currency",)


def test_obligor_identity_items_fit_a_recognition_application_or_a_fresh_claim(
        california: CaseFile) -> None:
    # cn.recognition.foreign_judgments, cn.recognition.fresh_action: before a PRC ruling he
    # is the respondent or defendant, not yet 被执行人, and the ID-number item cited CPL
    # art. 247 (performing a PRC court's own document). cn.enforcement.application_documents
    # stays for the enforcement that follows a ruling.
    items = _items(california)
    for key in ("location.address", "location.name_en", "location.id_number"):
        item = items[key]
        assert item.title.zh.startswith("义务人："), key
        assert "被执行人" not in item.title.zh, key
        assert {"cn.recognition.fresh_action", "cn.recognition.foreign_judgments",
                "cn.enforcement.application_documents"} <= set(item.rules), key
        assert "duty_to_perform" not in item.cites, key
    assert "recognition application or the complaint" in items["location.address"].why.en
    assert "起诉状" in items["location.address"].why.zh
    assert "judgment's party section" not in items["location.id_number"].evidence.en
    # The demo's PRC judgment keeps its wording (cn.enforcement.application_documents).
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    case = CaseFile.model_validate({**demo.model_dump(mode="json", by_alias=True),
                                    "parties": {**demo.parties.model_dump(mode="json"),
                                                "obligor": {"name": "张伟", "country": "CN"}}})
    address = _items(case)["location.address"]
    assert address.title.zh == "被执行人：现住址"
    assert address.rules == ("cn.enforcement.application_documents",)


def test_messages_before_a_prc_ruling_do_not_cite_enforcement_sanctions_or_service_abroad(
        california: CaseFile) -> None:
    # cn.remedies.fines_detention (CPL art. 114, refusing an effective PRC judgment) and a
    # settlement in enforcement (art. 241) do not apply before any PRC ruling on a US order;
    # cn.procedure.service_by_publication_abroad (art. 283) does not apply to an obligor who
    # lives in Shenzhen. They rest on the routes taken (cn.recognition.fresh_action,
    # cn.recognition.foreign_judgments).
    items = _items(california)
    for key in ("refusal", "address_update", "payment_proposal"):
        item = items[f"communications.{key}"]
        assert item.rules == ("cn.recognition.fresh_action",
                              "cn.recognition.foreign_judgments"), key
        assert not item.cites, key
    # The demo's PRC judgment keeps them.
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    assert _items(demo)["communications.refusal"].rules == ("cn.remedies.fines_detention",)


def test_a_filed_recognition_application_is_no_enforcement_case(california: CaseFile) -> None:
    # cn.recognition.foreign_judgments (review of the ruling), cn.recognition.application_period
    # and cn.procedure.appeal_period: once the US order's recognition application or fresh
    # claim is filed, the checklist said the filing 'starts the 6-month clock for applying one
    # level up' (cn.enforcement.higher_court, CPL art. 237) and asked for an enforcement judge
    # and supplementary enforcement requests.
    data = california.model_dump(mode="json", by_alias=True)
    data["events"] = [
        {"date": "2026-10-05", "kind": "filing", "description": "Complaint filed in Shenzhen"},
        {"date": "2026-10-12", "kind": "receipt", "description": "受理通知书 received",
         "case_number": "（2026）粤0305民初1234号"}]
    items = _items(CaseFile.model_validate(data))
    filed = items["enforcement.file"]
    assert filed.status == "done" and "one level up" not in filed.why.en
    assert "cn.enforcement.higher_court" not in filed.rules
    assert set(filed.rules) == {"cn.recognition.foreign_judgments",
                                "cn.recognition.application_period",
                                "cn.procedure.appeal_period"}
    assert items["enforcement.receipt"].status == "done"
    assert items["enforcement.case_number"].status == "done"
    assert items["enforcement.ruling"].status == "missing"
    assert "enforcement.supplementary" not in items
    assert not any("higher_court" in r for i in items.values() for r in i.rules)
    assert "enforcement.order_place" in items  # the California side still runs


def test_time_limit_question_for_a_us_order_covers_recognition_and_the_fresh_claim(
        california: CaseFile) -> None:
    # cn.recognition.application_period (the 2-year period governs a recognition
    # application) and cn.recognition.fresh_action (Civil Code art. 196: a support claim is
    # not subject to limitation): the question spoke only of applying for enforcement of a
    # PRC document (cn.enforcement.application_period).
    from supportcase.advice.questions import questions_for_counsel

    period = next(q for q in questions_for_counsel(california, gather(california, AS_OF))
                  if q.id == "period")
    assert "For recognition" in period.text.en and "For a fresh claim" in period.text.en
    assert "申请承认" in period.text.zh and "另行起诉" in period.text.zh
    assert {"cn.recognition.application_period", "cn.recognition.fresh_action"} <= set(
        period.rules)
    assert period.open_point


def test_time_limit_question_of_a_prc_judgment_is_unchanged() -> None:
    from supportcase.advice.questions import questions_for_counsel
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    period = next(q for q in questions_for_counsel(demo, gather(demo, AS_OF)) if q.id == "period")
    assert period.rules == ("cn.enforcement.application_period",)
    assert period.text.en.startswith("Is any part of the arrears at risk under the 2-year")


def test_counsel_is_asked_about_the_california_case_beside_the_prc_case(
        california: CaseFile) -> None:
    # us.ca.enforcement.lcsa_services and the route planner's us-remedies-from-abroad route
    # (with cn.recognition.fresh_action's risk that a PRC judgment sets another amount): the
    # questions said nothing of the California side.
    from supportcase.advice.questions import questions_for_counsel

    questions = questions_for_counsel(california, gather(california, AS_OF))
    ids = [q.id for q in questions]
    assert ids[-2:] == ["order_place", "child_welfare"]
    q = questions[-2]
    assert "local child support agency" in q.text.en and "地方子女抚养机构" in q.text.zh
    assert "different amount" in q.text.en and "金额" in q.text.zh
    assert q.rules[0] == "us.ca.enforcement.lcsa_services"
    assert "cn.recognition.fresh_action" in q.rules


def test_no_order_place_question_for_a_prc_judgment() -> None:
    from supportcase.advice.questions import questions_for_counsel
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    assert "order_place" not in [q.id for q in questions_for_counsel(demo, gather(demo, AS_OF))]


def test_prc_measures_on_assets_in_china_wait_for_recognition_or_a_prc_judgment(
        california: CaseFile) -> None:
    # cn.remedies.deposits / income_withholding / seizure_auction (CPL 2023 arts. 253–255)
    # apply to a US order only after recognition (cn.recognition.foreign_judgments) or a PRC
    # judgment on a fresh claim; the item read as if they applied to the order as it is.
    item = _items(california)["assets.CN"]
    assert "once the order is recognised" in item.why.en and "另行起诉" in item.why.zh
    assert item.rules == ("cn.remedies.deposits", "cn.remedies.income_withholding",
                          "cn.remedies.seizure_auction")
    from supportcase.casefile import parse_casefile

    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    assert "recognised" not in _items(demo)["assets.CN"].why.en


def test_the_time_limit_item_of_a_foreign_order_is_the_recognition_period(
        california: CaseFile) -> None:
    # SPC Interpretation of the CPL art. 545 (cn.recognition.application_period): the 2-year
    # period of CPL art. 250 governs an application to recognise and enforce a foreign
    # judgment. The item named only the period for enforcing a PRC document.
    item = _items(california)["basis.application_period"]
    assert item.rules[0] == "cn.recognition.application_period"
    assert item.title.en.startswith("Time limit to apply for recognition and enforcement")
    assert item.title.zh.startswith("申请承认和执行的期间")
    prc = _items(CaseFile.model_validate({**CALIFORNIA_ORDER, "case": {
        "title": "PRC judgment", "order_jurisdiction": "CN"}, "obligations": [{
            **CALIFORNIA_ORDER["obligations"][0], "basis": {"type": "judgment",
                                                           "document": "order"}}]}))
    assert prc["basis.application_period"].rules[0] == "cn.enforcement.application_period"


def test_assets_in_hong_kong_are_not_said_to_be_in_a_country() -> None:
    # Hong Kong has its own courts but is no country: the item said 'this country's courts'
    # and 该国 for income there (rule cn.international.enforcement_abroad still cited).
    case = CaseFile.model_validate({**CALIFORNIA_ORDER, "case": {
        "title": "PRC judgment, obligor in Hong Kong", "order_jurisdiction": "CN"},
        "parties": {"obligee": {"name": "王芳", "country": "CN-GD"},
                    "obligor": {"name": "陈志强", "country": "HK"}},
        "obligations": [{**CALIFORNIA_ORDER["obligations"][0],
                         "basis": {"type": "judgment", "document": "order"}, "currency": "CNY"}],
        "interest": {"regime": "cn-delayed-performance"}})
    item = _items(case)["assets.HK"]
    assert "country" not in item.why.en and "该国" not in item.why.zh
    assert "courts or agencies there" in item.why.en and "当地法院或机构" in item.why.zh
    assert "cn.international.enforcement_abroad" in item.rules
