"""Drafts for a support order made outside the Mainland (a California order, a Hong Kong
order): the interest claimed follows the case's interest regime, the obligor's place is read
as the case file codes it, and such an order is recognised before it is enforced."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from supportcase.casefile import CaseFile
from supportcase.drafting.document import DraftDocument
from supportcase.drafting.render import render_draft
from tests.advice.test_checklist_foreign_order import CALIFORNIA_ORDER

AS_OF = dt.date(2026, 12, 1)


def ca_case(**changes: Any) -> CaseFile:
    """The Santa Clara County order of the checklist tests (the obligor has moved to Shenzhen,
    CN-GD), with `changes` made: "a__b__0__c" is data["a"]["b"][0]["c"]."""
    data: dict[str, Any] = copy.deepcopy(CALIFORNIA_ORDER)
    for path, value in changes.items():
        node = data
        *head, last = path.split("__")
        for key in head:
            node = node[key] if not key.isdigit() else node[int(key)]
        node[last] = value
    return CaseFile.model_validate(data)


def _blocks(doc: DraftDocument, needle: str) -> list[str]:
    return [b.text for b in doc.blocks if needle in b.text]


def _ok(doc: DraftDocument) -> None:
    assert [c["text"] for c in doc.citations if not c["ok"]] == []


# ----------------------------------------------- the interest claimed follows the regime


def test_california_order_claims_california_legal_interest_not_prc_doubled_interest() -> None:
    # us.ca.interest.legal_rate: 10 % a year, simple (CCP § 685.010); the figure the ledger
    # computes under it is not 加倍部分债务利息 (cn.interest.delayed_performance, CPL art. 264).
    zh = render_draft("enforcement_application", ca_case(), lang="zh", as_of=AS_OF)
    claim = _blocks(zh, "二、请求责令被执行人")[0]
    assert "加利福尼亚州法定利率（年利率10%，单利）" in claim
    assert "California Code of Civil Procedure" in claim and "§ 685.010" in claim
    # The order's law named once, not a bracket inside a bracket.
    assert "依抚养令作出地法律《加利福尼亚州民事诉讼法典》" in claim and "）§ 685.010" in claim
    assert "§ 685.030的规定支付" in claim and "§ 685.030）" not in claim
    assert "此后按年利率10%继续计算" in claim
    text = zh.text()
    assert "加倍部分" not in text and "万分之一点七五" not in text
    assert "第二百六十四条" not in text
    en = render_draft("enforcement_application", ca_case(), lang="en", as_of=AS_OF)
    assert "interest at the California legal rate of 10% a year" in en.text()
    assert "doubled interest" not in en.text() and "0.0175%" not in en.text()
    assert any("685.010" in str(c["text"]) and c["ok"] for c in zh.citations)
    _ok(zh)
    _ok(en)


def test_prc_regime_still_claims_doubled_interest_at_the_rules_daily_rate(
        demo_case: CaseFile) -> None:
    # cn.interest.delayed_performance: 0.000175 a day = 日万分之一点七五, CPL art. 264.
    zh = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF)
    claim = _blocks(zh, "二、请求责令被执行人")[0]
    assert "支付迟延履行期间的加倍部分债务利息人民币" in claim
    assert "此后按日万分之一点七五继续计算至实际清偿之日止" in claim
    assert "第二百六十四条" in _blocks(zh, "申请执行人特向贵院申请强制执行")[0]
    en = render_draft("enforcement_application", demo_case, lang="en", as_of=AS_OF)
    assert "continuing at 0.0175% a day until actual payment" in en.text()


def test_no_interest_regime_claims_no_interest() -> None:
    zh = render_draft("enforcement_application", ca_case(interest={"regime": "none"}),
                      lang="zh", as_of=AS_OF)
    assert _blocks(zh, "二、本案执行费用由被执行人负担")
    assert not _blocks(zh, "三、") and "利息为" not in "".join(_blocks(zh, "尚欠本金"))
    assert not _blocks(zh, "以上第一、二项合计")
    en = render_draft("enforcement_application", ca_case(interest={"regime": "none"}),
                      lang="en", as_of=AS_OF)
    assert _blocks(en, "2. Order the respondent to bear the costs")
    assert "interest" not in "".join(_blocks(en, "leaving principal")).split(
        "No interest for delayed performance is claimed")[0]


def test_custom_rate_is_claimed_at_that_rate_with_its_basis_to_fill() -> None:
    case = ca_case(interest={"regime": "custom", "rate": "0.05"})
    zh = render_draft("enforcement_application", case, lang="zh", as_of=AS_OF)
    claim = _blocks(zh, "二、请求责令被执行人")[0]
    assert "年利率5%" in claim and "该利率的法律依据" in claim
    assert "加倍部分" not in zh.text()



# ------------------------------------------ a Mainland province is not abroad (countries)


def test_an_obligor_in_a_mainland_province_is_not_said_to_live_abroad() -> None:
    # countries.normalize_code: CN-GD (Guangdong) is the Mainland, not 境外; no overseas
    # service sheet is attached for him.
    zh = render_draft("enforcement_application", ca_case(), lang="zh", as_of=AS_OF)
    assert "境外" not in "".join(_blocks(zh, "被执行人")), _blocks(zh, "境外")
    assert _blocks(zh, "被执行人的财产线索见《财产线索清单》")
    assert not _blocks(zh, "境外送达信息表一份")
    en = render_draft("enforcement_application", ca_case(), lang="en", as_of=AS_OF)
    assert "lives abroad" not in en.text()
    assert not _blocks(en, "Overseas-Service Information Sheet.")


@pytest.mark.parametrize("place", ["US-NY", "CN-HK", "DE"])
def test_an_obligor_outside_the_mainland_still_lives_abroad(place: str) -> None:
    case = ca_case(parties__obligor__country=place)
    zh = render_draft("enforcement_application", case, lang="zh", as_of=AS_OF)
    assert _blocks(zh, "被执行人目前居住在境外")
    assert _blocks(zh, "境外送达信息表一份")


def test_hague_sheet_for_an_obligor_in_a_mainland_province_says_china_is_not_a_party() -> None:
    # cn.international.hague_2007_not_party: the obligor in Guangdong is in China.
    zh = render_draft("hague_sheet", ca_case(), lang="zh", as_of=AS_OF)
    assert _blocks(zh, "中国并非2007年《海牙儿童抚养费公约》缔约国")
    assert not _blocks(zh, "路线规划未能确定")


def test_an_asset_in_a_mainland_province_is_listed_among_the_assets_in_china() -> None:
    case = ca_case(asset_clues=[{"kind": "bank_account", "country": "CN-GD",
                                 "details": "招商银行深圳分行 6225 88** **** 1234",
                                 "obtained": "他本人告知", "obtained_how": "own_knowledge"}])
    zh = render_draft("asset_memo", case, lang="zh", as_of=AS_OF)
    texts = [b.text for b in zh.blocks]
    rows = [" ".join(r) for b in zh.blocks for r in b.rows]
    china = texts.index("一、被执行人在中国境内的财产线索")
    abroad = texts.index("二、被执行人在境外的财产及收入线索")
    assert any("招商银行深圳分行" in r for r in rows)
    assert texts[abroad + 1] == "暂无。", texts[china:abroad + 2]


# ------------------------------------------- the court and its case number are set apart


def test_a_foreign_courts_name_and_case_number_do_not_run_together() -> None:
    zh = render_draft("enforcement_application", ca_case(), lang="zh", as_of=AS_OF)
    text = zh.text()
    assert "Clara19FL" not in text and "19FL001234美国法院" not in text
    assert _blocks(zh, "执行依据：Superior Court of California, County of Santa Clara"
                       "美国法院抚养令（案号：19FL001234）")
    assert _blocks(zh, "于2019年5月1日作出美国法院抚养令（案号：19FL001234），确定被执行人")
    en = render_draft("enforcement_application", ca_case(), lang="en", as_of=AS_OF)
    assert _blocks(en, "Basis for enforcement: US support order (case no. 19FL001234) of the "
                       "Superior Court of California, County of Santa Clara")


def test_a_prc_case_number_still_follows_the_court(demo_case: CaseFile) -> None:
    zh = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF)
    assert _blocks(zh, "执行依据：北京市朝阳区人民法院（2019）京0105民初")


# --------------------------- recognition before enforcement (cn.recognition.foreign_judgments)


def _filing(doc: DraftDocument) -> str:
    """The text filed: everything before the internal review page."""
    out: list[str] = []
    for b in doc.blocks:
        if b.kind == "pagebreak":
            break
        out.append(b.text)
    return "\n".join(out)


def _review(doc: DraftDocument) -> str:
    texts = [b.text for b in doc.blocks]
    kinds = [b.kind for b in doc.blocks]
    return "\n".join(texts[kinds.index("pagebreak"):]) if "pagebreak" in kinds else ""


def test_recognition_application_is_a_draft_kind() -> None:
    from supportcase.drafting.kinds import KINDS, kind_spec

    spec = kind_spec("recognition")
    assert spec.id == "recognition_application" and spec.id in KINDS
    assert spec.title_zh == "申请承认和执行外国法院判决申请书" and spec.filing_lang == "zh"


def test_a_us_order_is_recognised_by_an_intermediate_court_before_it_is_enforced() -> None:
    # CPL 2023 arts. 298, 299 (cn.recognition.foreign_judgments): apply to the competent
    # intermediate court; refusal grounds art. 300, jurisdiction test art. 301; documents of
    # CPL Interpretation art. 541; reciprocity the only basis for a US order
    # (cn.recognition.us_orders); apostille (cn.evidence.apostille).
    doc = render_draft("recognition_application", ca_case(), lang="zh", as_of=AS_OF)
    assert doc.title == "申请承认和执行外国法院判决申请书" and doc.filing_copy
    filing = _filing(doc)
    assert "一、请求裁定承认Superior Court of California, County of Santa Clara于2019年5月1日" \
           "作出的美国法院抚养令（案号：19FL001234）的效力" in filing
    assert "二、请求对上述判决予以执行" in filing and doc.figures["principal_outstanding"] in filing
    assert "加利福尼亚州法定利率（年利率10%，单利）" in filing and "加倍部分" not in filing
    assert "本案申请费用由被申请人负担" in filing
    for article in ("第二百九十八条", "第二百九十九条", "第三百条", "第三百零一条", "第五百四十一条"):
        assert article in filing, article
    assert "依照互惠原则" in filing
    assert "被申请人住所地或者其财产所在地的中级人民法院" in filing  # the addressee, to fill
    for attachment in ("正本或者经证明无误的副本", "中文译本", "缺席判决的", "已发生法律效力的文件",
                       "附加证明书（《取消外国公文书认证要求的公约》"):
        assert attachment in filing, attachment
    _ok(doc)


def test_the_uncertain_outcome_is_a_note_to_counsel_not_the_filings_voice() -> None:
    # cn.recognition.us_orders: no PRC decision recognising a US support order was found.
    doc = render_draft("recognition_application", ca_case(), lang="zh", as_of=AS_OF)
    assert "不确定" not in _filing(doc) and "驳回" not in _filing(doc)
    review = _review(doc)
    assert "申请结果不确定" in review and "cn.recognition.us_orders" in review
    assert "另行起诉" in review and "第五百四十二条" in review  # cn.recognition.fresh_action
    assert "第二百五十条" in review and "第五百四十五条" in review  # application_period
    assert "10日内向上一级人民法院申请复议" in review  # art. 303, review_days
    en = render_draft("recognition_application", ca_case(), lang="en", as_of=AS_OF)
    assert not en.filing_copy and "uncertain" not in _filing(en)
    assert "The outcome is uncertain" in _review(en)
    assert "Civil Procedure Law of the PRC (2023) arts. 298 and 299" in _filing(en)
    _ok(en)


def test_a_missing_effective_date_asks_for_proof_of_finality() -> None:
    doc = render_draft("recognition_application", ca_case(
        obligations__0__basis__effective_date=None), lang="zh", as_of=AS_OF)
    assert "判决发生法律效力的日期（须附判决已生效的证明）" in _filing(doc)


def test_a_hong_kong_order_is_recognised_under_the_family_judgments_arrangement() -> None:
    # cn_hk.family_judgments.arrangement: 认可和执行, judgments made from 2022-02-15 (art. 20).
    case = ca_case(obligations__0__basis__type="hk_order", obligations__0__basis__date="2023-03-01",
                   obligations__0__basis__court="District Court (Family Court), Hong Kong",
                   obligations__0__basis__case_number="FCMC 1234/2023",
                   obligations__0__currency="HKD", case__order_jurisdiction="HK",
                   interest={"regime": "none"})
    doc = render_draft("recognition_application", case, lang="zh", as_of=AS_OF)
    assert doc.title == "申请认可和执行香港特别行政区法院婚姻家庭民事判决申请书"
    filing = _filing(doc)
    assert "一、请求裁定认可District Court (Family Court), Hong Kong" in filing
    assert "相互认可和执行婚姻家庭民事案件判决的安排》第二十条" in filing
    assert "民事诉讼法》第二百九十八条" not in filing and "承认" not in filing
    _ok(doc)
    en = render_draft("recognition_application", case, lang="en", as_of=AS_OF)
    assert en.title == "Application for recognition and enforcement of a Hong Kong family judgment"


def test_a_hong_kong_order_made_before_the_arrangement_gets_no_application() -> None:
    case = ca_case(obligations__0__basis__type="hk_order", obligations__0__basis__date="2020-03-01",
                   case__order_jurisdiction="HK")
    doc = render_draft("recognition_application", case, lang="zh", as_of=AS_OF)
    assert _blocks(doc, "2022年2月15日之前作出，不适用")
    assert not _blocks(doc, "请求事项")
    application = render_draft("enforcement_application", case, lang="zh", as_of=AS_OF)
    assert not _blocks(application, "recognition_application")


def test_a_mainland_judgment_needs_no_recognition(demo_case: CaseFile) -> None:
    doc = render_draft("recognition_application", demo_case, lang="zh", as_of=AS_OF)
    assert _blocks(doc, "无需申请承认") and not _blocks(doc, "请求事项")
    _ok(doc)


def test_the_enforcement_application_for_a_us_order_points_to_the_recognition_draft(
        demo_case: CaseFile) -> None:
    zh = render_draft("enforcement_application", ca_case(), lang="zh", as_of=AS_OF)
    note = _blocks(zh, "《申请承认和执行外国法院判决申请书》")
    assert note and "第二百九十八条、第二百九十九条" in note[0]
    en = render_draft("enforcement_application", ca_case(), lang="en", as_of=AS_OF)
    assert _blocks(en, "Application for recognition and enforcement of a foreign judgment first")
    demo = render_draft("enforcement_application", demo_case, lang="zh", as_of=AS_OF)
    assert not _blocks(demo, "申请承认和执行外国法院判决申请书")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demand_letter_and_counsel_email_name_the_interest_as_the_regime_computes_it(
        lang: str, demo_case: CaseFile) -> None:
    # us.ca.interest.legal_rate for the California order; cn.interest.delayed_performance
    # (CPL art. 264) for the demo's PRC judgment; no interest sentence with no regime.
    doubled = "加倍部分" if lang == "zh" else "doubled interest"
    california = "年利率10%" if lang == "zh" else "California legal rate of 10% a year"
    for kind in ("demand_letter", "counsel_email"):
        ca = render_draft(kind, ca_case(), lang=lang, as_of=AS_OF)
        assert california in ca.text() and "685.010" in ca.text(), kind
        assert doubled not in ca.text() and "264" not in ca.text(), kind
        _ok(ca)
        prc = render_draft(kind, demo_case, lang=lang, as_of=AS_OF)
        assert doubled in prc.text(), kind
        none = render_draft(kind, ca_case(interest={"regime": "none"}), lang=lang, as_of=AS_OF)
        assert doubled not in none.text() and california not in none.text(), kind


def _method(doc: DraftDocument) -> str:
    texts = [b.text for b in doc.blocks]
    return texts[next(i for i, t in enumerate(texts) if t in ("三、计算方法", "3. Method")) + 1]


def test_arrears_statement_explains_the_interest_the_regime_computes(demo_case: CaseFile) -> None:
    # The statement attached to the applications: us.ca.interest.legal_rate (10 % a year,
    # simple, days ÷ 365 from each due date) for the California order, not the PRC formula of
    # cn.interest.delayed_performance, which the demo's PRC judgment keeps.
    zh = render_draft("arrears_statement", ca_case(), lang="zh", as_of=AS_OF)
    method = _method(zh)
    assert "年利率10%×实际天数÷365" in method and "685.010" in method
    assert "加倍部分" not in zh.text() and "万分之一点七五" not in zh.text()
    en = render_draft("arrears_statement", ca_case(), lang="en", as_of=AS_OF)
    assert "10% a year × days ÷ 365" in _method(en) and "Doubled interest" not in en.text()
    _ok(zh)
    prc = render_draft("arrears_statement", demo_case, lang="zh", as_of=AS_OF)
    assert _method(prc).startswith("加倍部分债务利息＝") and "日万分之一点七五" in _method(prc)
    none = render_draft("arrears_statement", ca_case(interest={"regime": "none"}), lang="zh",
                        as_of=AS_OF)
    assert _method(none) == "本明细未计算利息（案卷未设定利息计算方式）。"


@pytest.mark.parametrize(("regime", "zh", "en"), [
    ({"regime": "us-ca-legal"}, "尚欠利息（加州法定利率，年利率10%）",
     "Interest (California legal rate, 10% a year) outstanding"),
    ({"regime": "cn-delayed-performance"}, "尚欠利息（迟延履行期间加倍部分债务利息）",
     "Interest outstanding (PRC doubled interest for delayed performance)"),
    ({"regime": "none"}, "尚欠利息（未计算）", "Interest outstanding (none computed)")],
    ids=["us-ca-legal", "cn-delayed-performance", "none"])
def test_hague_sheet_names_the_interest_the_regime_computes(
        regime: dict[str, str], zh: str, en: str) -> None:
    # us.ca.interest.legal_rate / cn.interest.delayed_performance: the sheet for DCSS calls
    # the ledger's interest figure what it is.
    for lang, label in (("zh", zh), ("en", en)):
        doc = render_draft("hague_sheet", ca_case(interest=regime), lang=lang, as_of=AS_OF)
        assert any(r[0] == label for b in doc.blocks for r in b.rows), (lang, label)


def test_dispute_letter_to_dcss_states_the_california_interest_it_computed() -> None:
    # A DCSS figure for a California order is disputed in English, on the interest the
    # ledger computed under us.ca.interest.legal_rate — not CPL art. 264's doubled interest.
    case = ca_case(assertions=[{"date": "2026-06-30", "amount": "90000.00", "currency": "USD",
                                "source": "Santa Clara County DCSS"}])
    doc = render_draft("dispute_letter", case, as_of=AS_OF)
    assert doc.lang == "en" and doc.filing_copy
    basis = [b.text for b in doc.blocks if "685.010" in b.text]
    assert basis and "10% a year × days ÷ 365" in basis[0]
    assert "Doubled interest" not in doc.text() and "0.0175%" not in doc.text()
    _ok(doc)
    zh = render_draft("dispute_letter", case.model_copy(update={"interest": case.interest.model_copy(
        update={"regime": "none"})}), lang="zh", as_of=AS_OF)
    assert _blocks(zh, "本方数额未计算利息") and "加倍部分" not in zh.text()
