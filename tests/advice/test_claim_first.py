"""A case resting only on an agreement (离婚协议, 私下协议): nothing about enforcement periods
or enforcement articles, which apply to enforceable legal documents — the claim comes first.

cn.instruments.divorce_agreement: the agreement must first be sued on in the people's court;
cn.recognition.fresh_action: the claim for support is not subject to limitation (Civil Code
art. 196), disputed once the child is 18.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from supportcase.advice.checklist import CITES, build_checklist
from supportcase.advice.questions import questions_for_counsel, questions_to_text
from supportcase.casefile import CaseFile, parse_casefile
from supportcase.drafting.sources import gather
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)
SCENARIO = Path(__file__).parents[1] / "law/scenarios/divorce_agreement_only.yaml"
# Articles about enforcing a legal document or recognising a foreign one.
ENFORCEMENT_CITES = {"duty_to_perform", "application_period", "foreign_judgment",
                     "enforcement_court"}


def _scenario() -> CaseFile:
    return CaseFile.model_validate(yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))["case"])


def _demo_as(kind: str) -> CaseFile:
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    data = demo.model_dump(mode="json", by_alias=True)
    data["obligations"][0]["basis"]["type"] = kind
    return CaseFile.model_validate(data)


CASES = {"scenario": _scenario, "demo_divorce": lambda: _demo_as("divorce_agreement"),
         "demo_private": lambda: _demo_as("private_agreement")}


@pytest.mark.parametrize("name", CASES)
def test_an_agreement_has_no_enforcement_period_item_but_the_claims_limitation(
        name: str) -> None:
    case = CASES[name]()
    checklist = build_checklist(case, gather(case, AS_OF))
    ids = [i.id for i in checklist.items]
    assert "basis.application_period" not in ids
    basis = checklist.group("legal_basis")
    for item in basis:
        assert not set(item.cites) & ENFORCEMENT_CITES, (item.id, item.cites)
        assert "cn.enforcement.application_period" not in item.rules
    limitation = next(i for i in basis if i.id == "basis.limitation")
    assert "cn.recognition.fresh_action" in limitation.rules
    assert "no_limitation_support" in limitation.cites
    assert "limitation" in limitation.title.en.lower() and "诉讼时效" in limitation.title.zh
    assert "enforcement" not in limitation.title.en and "申请执行" not in limitation.title.zh
    # The readings come from the rule data, in both languages.
    assert any("18" in d.en for d in limitation.details)
    assert any("十八周岁" in d.zh for d in limitation.details)
    text = checklist.to_text("both")
    assert "Time limit to apply for enforcement" not in text
    assert "申请执行期间（二年" not in text


@pytest.mark.parametrize("name", CASES)
def test_counsel_is_asked_about_the_claim_not_enforcement_articles(name: str) -> None:
    case = CASES[name]()
    questions = questions_for_counsel(case, gather(case, AS_OF))
    for q in questions:
        assert not set(q.cites) & ENFORCEMENT_CITES, (q.id, q.cites)
        assert "cn.recognition.foreign_judgments" not in q.rules, q.id
        assert "cn.enforcement.application_period" not in q.rules, q.id
    text = questions_to_text(questions, "both")
    for article in ("298", "247", "250", "235"):
        assert f"art. {article}" not in text, article
    assert "2-year time limit for applying for enforcement" not in text
    by_id = {q.id: q for q in questions}
    assert "sue" in by_id["court"].text.en and "起诉" in by_id["court"].text.zh
    assert "apply for enforcement" not in by_id["court"].text.en
    period = by_id["period"]
    assert "limitation" in period.text.en and "诉讼时效" in period.text.zh
    assert period.rules == ("cn.recognition.fresh_action",)
    assert period.cites == ("no_limitation_support",) and period.open_point


def test_a_judgment_keeps_its_enforcement_period_and_articles() -> None:
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    checklist = build_checklist(demo, gather(demo, AS_OF))
    assert "basis.application_period" in [i.id for i in checklist.items]
    assert "basis.limitation" not in [i.id for i in checklist.items]
    questions = {q.id: q for q in questions_for_counsel(demo, gather(demo, AS_OF))}
    assert "application_period" in questions["period"].cites
    assert "enforcement_court" in questions["court"].cites
    assert CITES["duty_to_perform"].article == "247"


@pytest.mark.parametrize("name", CASES)
def test_an_agreement_owes_no_doubled_interest_before_the_judgment(name: str) -> None:
    # cn.interest.delayed_performance: the doubled interest runs from the time a judgment,
    # ruling or other legal document sets — not from an agreement's due dates.
    case = CASES[name]()
    checklist = build_checklist(case, gather(case, AS_OF))
    by_id = {i.id: i for i in checklist.items}
    interest = by_id["arrears.interest"]
    assert interest.status == "to_check"
    assert "only from the judgment" in interest.title.en and "判决" in interest.title.zh
    assert "owes double interest" not in interest.why.en
    assert "double_interest" not in interest.cites
    assert "double_interest" not in by_id["arrears.statement"].cites
    # The demo judgment keeps its doubled-interest item.
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    judgment = {i.id: i for i in build_checklist(demo, gather(demo, AS_OF)).items}
    assert judgment["arrears.interest"].cites == ("double_interest",)
    assert judgment["arrears.interest"].status == "done"


def test_a_notarized_instrument_question_is_about_its_certificate_not_recognition() -> None:
    # cn.instruments.notarized_agreement: a PRC title of its own; CPL art. 298 (recognition of
    # foreign judgments) and art. 247 (court judgments) are not its articles.
    path = SCENARIO.parent / "notarized_agreement_with_certificate.yaml"
    case = CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))["case"])
    basis = questions_for_counsel(case, gather(case, AS_OF))[0]
    assert basis.id == "basis"
    assert basis.rules == ("cn.instruments.notarized_agreement",) and basis.cites == ()
    assert "enforcement certificate" in basis.text.en and "执行证书" in basis.text.zh
