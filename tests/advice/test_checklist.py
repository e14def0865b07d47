"""The next-step checklist on the demo case and on variations of it.

Each test names the rule the checklist item rests on; statuses are derived from the case
file, so changing the case changes them.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from supportcase.advice.checklist import GROUPS, build_checklist, statuses
from supportcase.advice.questions import questions_for_counsel, questions_to_text
from supportcase.casefile import CaseFile, parse_casefile
from supportcase.cli import app
from supportcase.drafting.sources import gather
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture
def demo() -> CaseFile:
    return parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))


def _with(case: CaseFile, **changes: object) -> CaseFile:
    data = case.model_dump(mode="json", by_alias=True)
    data.update(changes)
    return CaseFile.model_validate(data)


def test_demo_checklist_covers_every_group_with_reasons(demo: CaseFile) -> None:
    checklist = build_checklist(demo, gather(demo, AS_OF))
    groups = {item.group for item in checklist.items}
    assert groups == {g for g, _, _ in GROUPS}
    for item in checklist.items:
        assert item.status in {"done", "missing", "to_check"}
        assert item.rules or item.cites, item.id  # every item says which rule it rests on
        assert item.title.en and item.title.zh and item.evidence.en and item.evidence.zh


def test_demo_judgment_is_enforceable_but_effective_date_is_an_assumption(demo: CaseFile) -> None:
    # cn.enforcement.title — CPL 2023 art. 247: an effective judgment can be enforced directly.
    s = statuses(build_checklist(demo, gather(demo, AS_OF)).items)
    assert s["basis.enforceable.main"] == "done"
    # The demo's effective date is a fact entered by the obligee (status assumed).
    assert s["basis.effective.main"] == "to_check"
    # cn.enforcement.application_period is disputed for support: never "done".
    assert s["basis.application_period"] == "to_check"


def test_divorce_agreement_needs_a_claim_first(demo: CaseFile) -> None:
    # cn.enforcement.title — a registered divorce agreement is not an enforcement title
    # (Civil Code art. 1076; Interpretation (II) art. 17).
    data = demo.model_dump(mode="json", by_alias=True)
    data["obligations"][0]["basis"]["type"] = "divorce_agreement"
    case = CaseFile.model_validate(data)
    checklist = build_checklist(case, gather(case, AS_OF))
    item = next(i for i in checklist.items if i.id == "basis.enforceable.main")
    assert item.status == "missing"
    assert "claim" in item.title.en and "起诉" in item.title.zh
    questions = questions_for_counsel(case, gather(case, AS_OF))
    assert "file a claim" in questions[0].text.en


def test_relative_payment_of_unknown_kind_is_to_check(demo: CaseFile) -> None:
    s = statuses(build_checklist(demo, gather(demo, AS_OF)).items)
    assert s["arrears.payments_classified"] == "to_check"
    data = demo.model_dump(mode="json", by_alias=True)
    for p in data["payments"]:
        if p["kind"] == "unknown":
            p["kind"] = "gift"
    case = CaseFile.model_validate(data)
    assert statuses(build_checklist(case, gather(case, AS_OF)).items)[
        "arrears.payments_classified"] == "done"


def test_expense_outside_the_judgment_is_flagged(demo: CaseFile) -> None:
    # The judgment shares medical costs only; the 2025 tuition is outside it.
    checklist = build_checklist(demo, gather(demo, AS_OF))
    by_id = {i.id: i for i in checklist.items}
    assert by_id["expenses.1"].status == "to_check"
    assert "not covered" in by_id["expenses.1"].title.en
    assert "学费" in by_id["expenses.1"].title.zh and "tuition" not in by_id["expenses.1"].title.zh
    # The medical expense is inside it, but no receipt is linked; the obligor's share (0.5 in
    # the case file) reads as people write it.
    assert by_id["expenses.0"].status == "missing"
    assert "share 50 %" in by_id["expenses.0"].title.en
    assert "医疗费" in by_id["expenses.0"].title.zh and "分担 50 %" in by_id["expenses.0"].title.zh


def test_unlawful_clue_is_refused_with_an_explanation(demo: CaseFile) -> None:
    data = demo.model_dump(mode="json", by_alias=True)
    data["asset_clues"].append({
        "kind": "bank_account", "country": "CN", "details": "ICBC account 6222 0000 1111",
        "obtained": "logged into his e-mail without permission", "obtained_how": "unlawful",
        "status": "assumed"})
    case = CaseFile.model_validate(data)
    checklist = build_checklist(case, gather(case, AS_OF))
    assert [r.details for r in checklist.refused] == ["ICBC account 6222 0000 1111"]
    assert "unlawfully" in checklist.refused[0].reason.en
    assert "非法" in checklist.refused[0].reason.zh
    every_record = [r.label for r in (*checklist.proven, *checklist.assumptions)]
    assert not any("6222 0000 1111" in label for label in every_record)
    cn = next(i for i in checklist.items if i.id == "assets.CN")
    assert not any("6222" in d.en for d in cn.details)
    assert statuses(checklist.items)["assets.refused"] == "to_check"


def test_proven_facts_and_assumptions_are_kept_apart(demo: CaseFile) -> None:
    checklist = build_checklist(demo, gather(demo, AS_OF))
    assert checklist.proven and checklist.assumptions
    assert all(r.status == "proven" for r in checklist.proven)
    assert all(r.status != "proven" for r in checklist.assumptions)
    proven = {r.label for r in checklist.proven}
    assert not proven & {r.label for r in checklist.assumptions}
    assert any("date the judgment took effect" in r.label for r in checklist.assumptions)
    assert any("salary" in r.label for r in checklist.assumptions)


def test_records_name_facts_documents_and_people_in_words_not_keys(demo: CaseFile) -> None:
    """A counsel e-mail or a review page in Chinese must not show `support_amount`,
    `obligee` or a document's internal id: facts by name, documents by title, people by role."""
    checklist = build_checklist(demo, gather(demo, AS_OF))
    every = [*checklist.proven, *checklist.assumptions]
    zh = " ".join(f"{r.label_zh} {r.source_zh}" for r in every)
    for key in ("support_amount", "judgment_effective_date", "由 obligee", "monthly"):
        assert key not in zh
    assert "抚养费金额" in zh and "由权利人" in zh and "每月" in zh
    judgment = next(d for d in demo.documents if d.doc_type == "judgment")
    assert f"《{judgment.title}》" in zh and f"文件 {judgment.id}" not in zh
    regime = next(i for i in checklist.items if i.id == "arrears.interest")
    assert regime.title.zh == "利息计算方式：加倍支付迟延履行期间的债务利息"


def test_filed_case_lists_after_filing_steps(demo: CaseFile) -> None:
    case = _with(demo, events=[
        {"date": "2026-11-05", "kind": "filing", "description": "Application filed in person"},
        {"date": "2026-11-12", "kind": "receipt", "description": "受理通知书 received",
         "case_number": "（2026）京0105执1234号"},
    ])
    s = statuses(build_checklist(case, gather(case, AS_OF)).items)
    assert s["enforcement.file"] == "done"
    assert s["enforcement.receipt"] == "done"
    assert s["enforcement.case_number"] == "done"
    assert s["enforcement.judge_contact"] == "missing"


def test_text_is_bilingual_and_single_language_on_request(demo: CaseFile) -> None:
    checklist = build_checklist(demo, gather(demo, AS_OF))
    both = checklist.to_text("both")
    assert "Legal basis" in both and "法律依据" in both
    zh = checklist.to_text("zh")
    assert "法律依据" in zh and "== Legal basis ==" not in zh
    en = checklist.to_text("en")
    assert "== 法律依据 ==" not in en


def test_questions_name_the_case_facts(demo: CaseFile) -> None:
    questions = questions_for_counsel(demo, gather(demo, AS_OF))
    ids = [q.id for q in questions]
    assert ids[:2] == ["basis", "court"]
    assert {"service_abroad", "formalities", "child_welfare", "relative_payments"} <= set(ids)
    court = next(q for q in questions if q.id == "court")
    assert any("北京市朝阳区人民法院" in c.zh for c in court.context)
    welfare = next(q for q in questions if q.id == "child_welfare")
    assert "separate matters" in welfare.text.en
    text = questions_to_text(questions, "both")
    assert "Questions for counsel" in text and "咨询律师的问题" in text


def test_cli_checklist_json_and_text() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["checklist", str(DEMO_CASE), "--json", "--as-of", "2026-11-01"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["as_of"] == "2026-11-01"
    assert [g["id"] for g in data["groups"]] == [g for g, _, _ in GROUPS]
    assert data["questions"]
    assert sum(data["counts"].values()) == sum(len(g["items"]) for g in data["groups"])
    result = runner.invoke(app, ["checklist", str(DEMO_CASE), "--lang", "zh"])
    assert result.exit_code == 0 and "下一步清单" in result.output


def test_cli_rejects_unknown_language() -> None:
    from supportcase.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["checklist", str(DEMO_CASE), "--lang", "fr"])
    assert exc.value.code == 1


def test_every_rule_id_cited_exists_in_the_rulebook(demo: CaseFile) -> None:
    from supportcase.law.rules import default_rulebook

    book = default_rulebook()
    variants = [demo]
    for basis in ("divorce_agreement", "us_order", "notarized_agreement", "mediation_statement"):
        data = demo.model_dump(mode="json", by_alias=True)
        data["obligations"][0]["basis"]["type"] = basis
        variants.append(CaseFile.model_validate(data))
    for case in variants:
        sources = gather(case, AS_OF)
        cited = {r for i in build_checklist(case, sources).items for r in i.rules}
        cited |= {r for q in questions_for_counsel(case, sources) for r in q.rules}
        assert cited and not {r for r in cited if r not in book}, case.obligations[0].basis.type


def test_every_citation_printed_passes_the_citation_check() -> None:
    from supportcase.advice.checklist import CITES
    from supportcase.law.citations import check_text

    for key, cite in CITES.items():
        for text in (cite.zh(), cite.en()):
            checks = check_text(text)
            assert len(checks) == 1 and checks[0].ok, (key, text)


SCENARIOS = Path(__file__).parents[1] / "law" / "scenarios"


def _scenario(name: str) -> CaseFile:
    data = yaml.safe_load((SCENARIOS / f"{name}.yaml").read_text(encoding="utf-8"))
    return CaseFile.model_validate(data["case"])


def test_case_outside_china_follows_the_route_not_prc_rules() -> None:
    # hcch.2007.us_in_force: a California order, the obligor in Germany — DCSS and the
    # Convention, no PRC court anywhere.
    case = _scenario("ca_order_obligor_in_germany")
    sources = gather(case, AS_OF)
    checklist = build_checklist(case, sources)
    cited = {r for i in checklist.items for r in i.rules}
    assert not {r for r in cited if r.startswith("cn.")}
    assert not any(i.cites for i in checklist.items)  # the PRC statute citations
    assert "basis.application_period" not in statuses(checklist.items)
    file_item = next(i for i in checklist.items if i.id == "enforcement.file")
    assert "DCSS" in file_item.title.en and file_item.draft == "hague_sheet"
    questions = questions_for_counsel(case, sources)
    text = questions_to_text(questions, "en")
    assert "first-instance court" not in text and "Germany" in text
    assert not {r for q in questions for r in q.rules if r.startswith("cn.")}


def test_obligor_living_in_china_is_not_served_abroad() -> None:
    # A California order to be recognised in the PRC; the obligor lives in Shenzhen.
    case = _scenario("ca_order_obligor_in_prc")
    sources = gather(case, AS_OF)
    ids = [q.id for q in questions_for_counsel(case, sources)]
    assert "service_abroad" not in ids and "assets_cn" in ids
    address = next(i for i in build_checklist(case, sources).items
                   if i.id == "location.address")
    assert "cn.procedure.service_by_publication_abroad" not in address.rules


@pytest.mark.parametrize("path", sorted(SCENARIOS.glob("*.yaml")), ids=lambda p: p.stem)
def test_scenario_checklists_cite_only_existing_rules(path: Path) -> None:
    from supportcase.law.rules import default_rulebook

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    case = CaseFile.model_validate(data["case"])
    sources = gather(case, AS_OF)
    cited = {r for i in build_checklist(case, sources).items for r in i.rules}
    cited |= {r for q in questions_for_counsel(case, sources) for r in q.rules}
    book = default_rulebook()
    assert {r for r in cited if r not in book} == set()


def test_arrears_item_quotes_the_ledger(demo: CaseFile) -> None:
    # The checklist never recomputes arrears: it shows the ledger's statement.
    from supportcase.ledger import build_statement

    statement = build_statement(demo, AS_OF).to_json()
    item = next(i for i in build_checklist(demo, gather(demo, AS_OF)).items
                if i.id == "arrears.statement")
    total = f"{Decimal(statement['total_outstanding']):,.2f}"
    assert total in item.details[0].en and total in item.details[0].zh


def test_commands_are_listed_in_help() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("checklist", "draft", "bundle"):
        assert command in result.output


def test_the_expenses_question_for_counsel_lists_each_expense_in_the_readers_words(
        demo: CaseFile) -> None:
    """An expense the document does not cover is a question for a modification, never
    arrears (issue 3); the question lists each one — the category in words, not its key."""
    question = next(q for q in questions_for_counsel(demo, gather(demo, AS_OF))
                    if q.id == "expenses_outside")
    assert question.context
    outside = [e for e in demo.expenses if e.category == "tuition"]
    assert outside and any("学费" in c.zh and "tuition" not in c.zh for c in question.context)


def test_the_service_question_names_the_obligors_country_and_consular_service(
        demo: CaseFile) -> None:
    """CPL (2023) art. 283 lists service through PRC embassies and consulates for a PRC
    national; whether post is allowed depends on the country he lives in — not always the
    United States."""
    parties = demo.parties.model_dump(mode="json", by_alias=True)
    parties["obligor"]["country"] = "CA"
    case = _with(demo, parties=parties)
    (service,) = [q for q in questions_for_counsel(case, gather(case, AS_OF))
                  if q.id == "service_abroad"]
    assert "Canada" in service.text.en and "embassy or consulate" in service.text.en
    assert "使领馆" in service.text.zh
    context = " ".join(c.en for c in service.context)
    assert "Whether Canada objects to postal service" in context
    assert "United States" not in context


def test_interest_item_follows_where_the_order_was_made_not_only_the_case_field(
        demo: CaseFile) -> None:
    """us.ca.interest.legal_rate (CCP §685.010) for a California order: the checklist read the
    place only from `case.order_jurisdiction`, so an order whose own basis says US-CA (the
    case field left empty) was given the PRC double-interest rule."""
    data = demo.model_dump(mode="json", by_alias=True)
    data["case"]["order_jurisdiction"] = None
    data["obligations"][0]["basis"].update(type="us_order", jurisdiction="US-CA")
    case = CaseFile.model_validate(data)
    items = {i.id: i for i in build_checklist(case, gather(case, AS_OF)).items}
    assert items["arrears.interest"].rules == ("us.ca.interest.legal_rate",)
    assert items["arrears.interest"].cites == ()
    # A Mainland province written the ISO 3166-2 way is still a PRC order.
    data["obligations"][0]["basis"].update(type="judgment", jurisdiction="CN-GD")
    case = CaseFile.model_validate(data)
    items = {i.id: i for i in build_checklist(case, gather(case, AS_OF)).items}
    assert items["arrears.interest"].cites == ("double_interest",)


def test_an_obligor_in_the_us_under_a_california_order_is_not_served_abroad() -> None:
    """A California order (written US-CA) and an obligor whose country is written US: he is
    at home, not abroad. Before, "US" was compared with "US-CA" as written and counsel was
    asked how he would be served abroad "in the United States"."""
    data = _scenario("ca_order_obligor_in_germany").model_dump(mode="json", by_alias=True)
    data["parties"]["obligor"]["country"] = "US"
    case = CaseFile.model_validate(data)
    assert case.case.order_jurisdiction == "US-CA"
    ids = [q.id for q in questions_for_counsel(case, gather(case, AS_OF))]
    assert "service_abroad" not in ids


def test_what_cannot_be_computed_yet_is_said_in_chinese_for_a_chinese_reader() -> None:
    """A new case with no obligation yet: the checklist says why there is no arrears table
    and no route in the reader's language (before, the Chinese list quoted the English)."""
    case = CaseFile.model_validate({"case": {"title": "new"}})
    sources = gather(case, AS_OF)
    assert sources.problem("statement", "zh") == "案卷中没有可据以计算欠款的给付义务（法律依据）"
    assert sources.problem("statement", "en") == sources.problems["statement"]
    text = build_checklist(case, sources).to_text("zh")
    assert "  - 欠款明细：案卷中没有可据以计算欠款的给付义务（法律依据）" in text
    assert "  - 执行途径：案卷中没有给付义务：请录入规定抚养费的判决、裁定或协议" in text
    assert "the case file has no obligation" not in text
    english = build_checklist(case, sources).to_text("en")
    assert "  - statement: the case file has no obligation (legal basis) to compute arrears " \
           "from" in english


def test_a_clue_names_its_place_in_words_and_says_nothing_of_a_place_unknown(
        demo: CaseFile) -> None:
    # The review page of a Chinese draft read "财产线索 房产（CN）" and "下落线索 电子邮箱（?）".
    checklist = build_checklist(demo, gather(demo, AS_OF))
    labels = [(r.label, r.label_zh) for r in (*checklist.proven, *checklist.assumptions)]
    flat_en, flat_zh = next(lb for lb in labels if "学院路" in lb[1])
    assert flat_zh.startswith("财产线索 房产（中国）：") and "(China): " in flat_en
    salary_en, salary_zh = next(lb for lb in labels if "工资（" in lb[1])
    assert "（美国加利福尼亚州）" in salary_zh and "(California (USA))" in salary_en
    email_en, email_zh = next(lb for lb in labels if lb[1].startswith("下落线索 电子邮箱"))
    assert email_zh == "下落线索 电子邮箱：zhangwei.demo@example.com"
    assert "?" not in email_en and email_en.endswith(": zhangwei.demo@example.com")
    assert not any("（?）" in zh or "（CN）" in zh for _, zh in labels)


def _moved_to(demo: CaseFile, place: str) -> CaseFile:
    """The demo with the obligor, and every clue of his in California, in `place`."""
    data = demo.model_dump(mode="json", by_alias=True)
    data["parties"]["obligor"]["country"] = place
    for clue in [*data["asset_clues"], *data["location_clues"]]:
        if clue.get("country") == "US-CA":
            clue["country"] = place
    return CaseFile.model_validate(data)


def test_an_obligor_in_a_mainland_province_is_not_abroad(demo: CaseFile) -> None:
    # A Mainland province (ISO 3166-2 CN-GD) is China, as the route planner reads it: no
    # "service abroad" reasons, and his salary there is an asset in China (CPL 2023 art. 254),
    # not a second "China" entry saying PRC measures stop at the border.
    case = _moved_to(demo, "CN-GD")
    sources = gather(case, AS_OF)
    checklist = build_checklist(case, sources)
    assets = checklist.group("assets")
    assert [i.id for i in assets] == ["assets.CN"]
    assert any("salary" in d.en for d in assets[0].details)
    for item in checklist.group("location"):
        assert "abroad" not in item.why.en and "境外" not in item.why.zh, item.id
        assert "cn.procedure.service_by_publication_abroad" not in item.rules, item.id
    questions = questions_for_counsel(case, sources)
    assets_q = next(q for q in questions if q.id == "assets_cn")
    assert any("salary" in c.en for c in assets_q.context)


def test_enforcing_abroad_question_fits_the_country_and_the_clues(demo: CaseFile) -> None:
    # cn.international.enforcement_abroad (CPL 2023 art. 297): for an obligor in Germany the
    # question must not rest on California's comity rule for PRC orders, and must not speak of
    # "his salary there" when no income clue is there.
    data = demo.model_dump(mode="json", by_alias=True)
    data["parties"]["obligor"]["country"] = "DE"
    data["asset_clues"] = [c for c in data["asset_clues"] if c["country"] != "US-CA"]
    case = CaseFile.model_validate(data)
    q = next(q for q in questions_for_counsel(case, gather(case, AS_OF))
             if q.id == "enforce_abroad")
    assert "Germany" in q.text.en and "德国" in q.text.zh
    assert not any(r.startswith("us.") for r in q.rules)
    assert "salary" not in q.text.en and "工资" not in q.text.zh
    # The demo itself (salary in California) keeps both.
    q = next(q for q in questions_for_counsel(demo, gather(demo, AS_OF))
             if q.id == "enforce_abroad")
    assert "his salary there" in q.text.en and "us.ca.uifsa.comity_for_prc_orders" in q.rules


def test_apostille_question_names_the_us_only_when_the_us_is_in_the_case(demo: CaseFile) -> None:
    # cn.evidence.apostille: in force for mainland China from 2023-11-07 (countries.yaml);
    # for an obligor in Norway the United States has nothing to do with it.
    case = _moved_to(demo, "NO")
    q = next(q for q in questions_for_counsel(case, gather(case, AS_OF)) if q.id == "formalities")
    assert "United States" not in q.text.en and "2023-11-07" in q.text.en
    q = next(q for q in questions_for_counsel(demo, gather(demo, AS_OF)) if q.id == "formalities")
    assert "between China and the United States" in q.text.en


def test_a_divorce_agreement_next_step_is_the_claim_not_an_enforcement_application(
        demo: CaseFile) -> None:
    # cn.instruments.divorce_agreement (Civil Code art. 1076): the agreement is no enforcement
    # title, so "File the application for enforcement" was the wrong next step.
    data = demo.model_dump(mode="json", by_alias=True)
    data["obligations"][0]["basis"]["type"] = "divorce_agreement"
    case = CaseFile.model_validate(data)
    items = build_checklist(case, gather(case, AS_OF)).group("enforcement")
    assert [i.id for i in items] == ["enforcement.file"]
    item = items[0]
    assert "claim" in item.title.en and "起诉" in item.title.zh
    assert "application for enforcement" not in item.title.en
    assert "cn.instruments.divorce_agreement" in item.rules
    assert item.details and "File a claim" in item.details[0].en
