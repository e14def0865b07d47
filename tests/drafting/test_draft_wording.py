"""What the drafts say and which article they say it under: each citation is the one the
statute or the rule data supports, and the wording is the one PRC filings use."""

from __future__ import annotations

import pytest

from supportcase.advice.checklist import CITES
from supportcase.casefile import CaseFile
from supportcase.drafting.document import DraftDocument
from supportcase.drafting.render import render_draft
from supportcase.law.rules import default_rulebook
from tests.drafting.conftest import AS_OF

SPC_INTEREST = "《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》"


def _with_assertion(case: CaseFile) -> CaseFile:
    data = case.model_dump(mode="json", by_alias=True)
    data["assertions"] = [{"date": "2026-06-30", "amount": "120000.00", "currency": "CNY",
                           "source": "北京市朝阳区人民法院执行局"}]
    return CaseFile.model_validate(data)


def _with_nationality(case: CaseFile, nationality: str | None) -> CaseFile:
    obligor = case.parties.obligor
    assert obligor is not None
    return case.model_copy(update={"parties": case.parties.model_copy(
        update={"obligor": obligor.model_copy(update={"nationality": nationality})})})


def _line(doc: DraftDocument, needle: str) -> str:
    found = [b.text for b in doc.blocks if needle in b.text]
    assert len(found) == 1, (needle, found)
    return found[0]


def _after(doc: DraftDocument, needle: str) -> str:
    """The text of the block right after the one containing `needle`."""
    texts = [b.text for b in doc.blocks]
    index = next(i for i, t in enumerate(texts) if needle in t)
    return texts[index + 1]


# -------------------------------------------------- cn.interest.delayed_performance


def test_interest_formula_cites_cpl_264_and_the_spc_interpretation(demo_case: CaseFile) -> None:
    # CPL 2023 art. 264 gives the doubled interest; the formula (×0.0175 % a day) and the start
    # of each instalment's delay come from 法释〔2014〕8号, the text the rule's version in force
    # cites (cn.interest.delayed_performance, from 2014-08-01).
    case = _with_assertion(demo_case)
    version = default_rulebook().get("cn.interest.delayed_performance").version_on(AS_OF)
    assert version is not None and version.citation is not None
    assert "2014" in (version.citation.law_en or "")
    zh = render_draft("arrears_statement", case, lang="zh", as_of=AS_OF)
    method = _line(zh, "日万分之一点七五×迟延履行期间")
    assert "《中华人民共和国民事诉讼法》第二百六十四条" in method
    assert SPC_INTEREST + "第一条" in method
    assert any(SPC_INTEREST in str(c["text"]) and c["ok"] for c in zh.citations)
    en = render_draft("arrears_statement", case, lang="en", as_of=AS_OF)
    method = _line(en, "0.0175% a day × days of delay")
    assert "art. 264" in method and "Fa Shi [2014] No. 8" in method
    letter = render_draft("dispute_letter", case, lang="zh", as_of=AS_OF)
    basis = _line(letter, "按日万分之一点七五逐期计算")
    assert "第二百六十四条" in basis and SPC_INTEREST in basis
    letter_en = render_draft("dispute_letter", case, lang="en", as_of=AS_OF)
    assert "Fa Shi [2014] No. 8" in _line(letter_en, "0.0175% a day on each unpaid instalment")


def test_application_calls_the_figure_the_doubled_portion_as_its_request_does(
        demo_case: CaseFile) -> None:
    # CPL 2023 art. 264 / 法释〔2014〕8号 art. 1: the figure is the doubled portion itself
    # (加倍部分债务利息), not an interest still to be doubled.
    zh = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF).text()
    assert "依法应加倍支付" not in zh
    assert zh.count("迟延履行期间的加倍部分债务利息") == 2  # the request and the facts
    assert "迟延履行期间的加倍部分债务利息为人民币29,258.71元" in zh
    en = render_draft("enforcement_application", demo_case, lang="en", as_of=AS_OF).text()
    assert en.count("the doubled interest for the period of delayed performance") == 2


# -------------------------------------------------- CPL 2023 arts. 253, 254, 255, 266

MEASURE_RULES = {"inquire_freeze": "cn.remedies.deposits",
                 "withhold_income": "cn.remedies.income_withholding",
                 "seize_auction": "cn.remedies.seizure_auction",
                 "exit_restriction": "cn.remedies.exit_restriction"}


@pytest.mark.parametrize(("key", "rule_id"), sorted(MEASURE_RULES.items()))
def test_measure_citations_match_their_rules(key: str, rule_id: str) -> None:
    # The drafts cite each enforcement measure through CITES; each must be the article the
    # rule for that measure cites today (deposits 253, income 254, property 255, exit 266).
    citation = default_rulebook().get(rule_id).citation_on(AS_OF)
    assert (CITES[key].law_zh, CITES[key].article) == (citation.law, citation.article)


def test_demand_letter_cites_each_enforcement_measure_to_its_own_article(
        demo_case: CaseFile) -> None:
    cpl = "《中华人民共和国民事诉讼法》"
    zh = _line(render_draft("demand_letter", demo_case, lang="zh", as_of=AS_OF), "划拨您的存款")
    assert f"划拨您的存款（{cpl}第二百五十三条）" in zh
    assert f"提取您的收入（{cpl}第二百五十四条）" in zh
    assert f"拍卖您的财产（{cpl}第二百五十五条）" in zh
    assert f"通过媒体公布不履行义务信息等措施（{cpl}第二百六十六条）" in zh
    en = _line(render_draft("demand_letter", demo_case, lang="en", as_of=AS_OF),
               "transfer your deposits")
    for measure, article in (("deposits", "253"), ("income", "254"), ("property", "255"),
                             ("failure to perform", "266")):
        assert f"{measure} (Civil Procedure Law of the PRC (2023) art. {article})" in en


def test_asset_memo_cites_seizure_of_property_to_art_255_and_numbers_items_as_sub_items(
        demo_case: CaseFile) -> None:
    doc = render_draft("asset_memo", demo_case, lang="zh", as_of=AS_OF)
    # Under the heading 三、 the items are （一）（二）（三）, not 一、二、三、 again.
    texts = [b.text for b in doc.blocks]
    start = texts.index("三、申请法院调查的事项")
    assert [t[:3] for t in texts[start + 1:start + 4]] == ["（一）", "（二）", "（三）"]
    first = _line(doc, "网络执行查控系统")
    assert "划拨其存款、证券（《中华人民共和国民事诉讼法》第二百五十三条）" in first
    assert "查封、扣押、冻结其不动产、车辆、股权（《中华人民共和国民事诉讼法》第二百五十五条）" in first
    en = _line(render_draft("asset_memo", demo_case, lang="en", as_of=AS_OF),
               "online enforcement inquiry system")
    assert "company shares (Civil Procedure Law of the PRC (2023) art. 255)" in en


# -------------------------------------------------- cn.international.hague_2007_not_party


def test_hague_sheet_rests_china_not_a_party_on_the_status_rule(demo_case: CaseFile) -> None:
    # Art. 10 of the Convention lists the kinds of application; that China is not a party is
    # the status-table fact of cn.international.hague_2007_not_party.
    en = render_draft("hague_sheet", demo_case, lang="en", as_of=AS_OF)
    note = _line(en, "not a Contracting State")
    assert "art. 10" not in note and "HCCH status table" in note
    zh = render_draft("hague_sheet", demo_case, lang="zh", as_of=AS_OF)
    note = _line(zh, "缔约国")
    assert "第10条" not in note and "第十条" not in note and "现状表" in note
    # The Chinese version cites the Convention in Chinese, its articles in Chinese numerals
    # like the PRC articles beside them ...
    assert "Hague 2007 Child Support Convention" not in zh.text()
    assert "《海牙儿童抚养费公约》第十条第一款(a)项" in zh.text()
    assert "《海牙儿童抚养费公约》第二十五条" in zh.text()
    assert all(c["ok"] for c in zh.citations)


# -------------------------------------------------- counsel e-mail


def test_counsel_email_prints_each_questions_facts_and_closes_with_jingli(
        demo_case: CaseFile) -> None:
    zh = render_draft("counsel_email", demo_case, lang="zh", as_of=AS_OF)
    assert _after(zh, "此致") == "敬礼！"
    # The expense outside the judgment (cn.support_standard.increase_grounds) is named
    # under the question that says "以下费用".
    assert "2025-09-01 学费 8000.00 CNY" in _after(zh, "以下费用不在判决书范围内")
    en = render_draft("counsel_email", demo_case, lang="en", as_of=AS_OF)
    assert "2025-09-01 tuition 8000.00 CNY" in _after(en, "These expenses are not in the judgment")


# -------------------------------------------------- CPL 2023 art. 283


def test_service_sheet_lists_the_methods_of_cpl_283(demo_case: CaseFile) -> None:
    zh = render_draft("service_sheet", demo_case, lang="zh", as_of=AS_OF)
    text = zh.text()
    for n in ("一", "二", "三", "四", "五", "八", "九", "十"):
        assert f"\n（{n}）" in text, n
    assert "通过外交途径送达" in text
    # The demo obligor is a PRC national: consular service is open (art. 283(3)).
    assert "受送达人具有中国国籍，可以委托中国驻受送达人所在国的使领馆代为送达" in text
    assert "公告送达，自发出公告之日起经过六十日" in text
    assert ["国籍", "中国", ""] in [list(r) for t in zh.tables() for r in t]
    en = render_draft("service_sheet", demo_case, lang="en", as_of=AS_OF)
    assert "(2) Through diplomatic channels" in en.text()
    assert "through the PRC embassy or consulate" in _line(en, "(3)")
    assert ["Nationality", "China", ""] in [list(r) for t in en.tables() for r in t]


def test_consular_service_only_for_a_prc_national(demo_case: CaseFile) -> None:
    # CPL 2023 art. 283(3): 对具有中华人民共和国国籍的受送达人 only.
    foreign = render_draft("service_sheet", _with_nationality(demo_case, "US"), lang="zh",
                           as_of=AS_OF)
    assert "不具有中国国籍，不适用" in _line(foreign, "（三）")
    assert ["国籍", "美国", ""] in [list(r) for t in foreign.tables() for r in t]
    unknown = render_draft("service_sheet", _with_nationality(demo_case, None), lang="en",
                           as_of=AS_OF)
    assert _line(unknown, "(3)").startswith("(3) If the respondent holds PRC nationality")


# -------------------------------------------------- one word for "still to check"


@pytest.mark.parametrize("kind", ["counsel_email", "arrears_statement"])
def test_a_fact_still_to_check_is_called_the_same_in_every_chinese_draft(
        demo_case: CaseFile, kind: str) -> None:
    # The web pages and the checklist say 待核实 for an assumption; the drafts said 假设 or
    # 待证明, so a parent met three words for one state. The demo's stated payments and its
    # medical expense with no receipt are assumptions (casefile.model.standing).
    text = render_draft(kind, demo_case, lang="zh", as_of=AS_OF).text()
    assert "待核实" in text
    assert "——假设" not in text and "状态：假设" not in text and "（假设）" not in text
    assert "待证明" not in text
