"""Rule data re-checked against the texts: article numbers and figures per dated version.

Each test names the rule it checks and the text it was checked against (see the rule's
`sources` for the exact quotes)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import yaml

from supportcase.casefile import parse_casefile
from supportcase.law.deadlines import compute
from supportcase.law.rules import default_rulebook

D = dt.date
book = default_rulebook()


def test_taiwan_recognition_period_is_art_20_until_2025_then_art_24() -> None:
    """cn_tw.judgments.recognition: the 2015 provisions (法释〔2015〕13号) put the period in
    art. 20 ("适用民事诉讼法第二百三十九条"); the amendment in force 2025-01-01 (法释〔2024〕14号)
    moved it to art. 24 ("适用民事诉讼法第二百五十条")."""
    rule = book.get("cn_tw.judgments.recognition")
    assert [(v.from_date, v.until) for v in rule.versions] == [
        (D(2015, 7, 1), D(2025, 1, 1)), (D(2025, 1, 1), None)]
    old, new = rule.citation_on(D(2024, 12, 31)), rule.citation_on(D(2025, 1, 1))
    assert (old.article, new.article) == ("20", "24")
    assert "239" in (old.version or "")
    quotes = [s.quote or "" for s in rule.sources]
    assert any("适用民事诉讼法第二百三十九条" in q for q in quotes)
    assert any("适用民事诉讼法第二百五十条" in q for q in quotes)
    for day in (D(2015, 7, 1), D(2025, 1, 1)):
        assert book.value("cn_tw.judgments.recognition.period_years", on=day) == 2


def test_no_review_of_a_recognition_ruling_under_the_2021_cpl() -> None:
    """cn.recognition.foreign_judgments: the 2021 CPL (arts. 287–291) gives no review; the
    ruling takes effect on service (CPL Interpretation art. 546 para. 3). The 10-day review
    is the 2023 CPL's art. 303, in force 2024-01-01."""
    rule_id = "cn.recognition.foreign_judgments"
    assert book.value(f"{rule_id}.review_days", on=D(2023, 12, 31)) is None
    assert book.value(f"{rule_id}.review_days", on=D(2022, 1, 1)) is None
    assert book.value(f"{rule_id}.review_days", on=D(2024, 1, 1)) == 10
    rule = book.get(rule_id)
    assert "546" in {c.article for c in rule.also_cites}
    assert any(q == "人民法院经审查作出的裁定，一经送达即发生法律效力。"
               for q in (s.quote for s in rule.sources))


def test_support_may_stop_at_16_is_a_caveat_not_a_figure() -> None:
    """cn.support_standard.duration: Interpretation (I) art. 53 para. 2 lets parents stop
    paying for a child of 16 or 17 living on their own earnings. It is stated (summary, source,
    bilingual caveat) but not applied: the only figure stays the age of 18."""
    rule = book.get("cn.support_standard.duration")
    para_2 = ("十六周岁以上不满十八周岁，以其劳动收入为主要生活来源，并能维持当地一般生活水平的，"
              "父母可以停止给付抚养费。")
    assert any(s.quote == para_2 for s in rule.sources)
    assert "16" in rule.summary.en and "十六周岁" in rule.summary.zh
    caveat = next(c for c in rule.caveats if "16" in c.en)
    assert "not applied automatically" in caveat.en and "不自动适用" in caveat.zh
    assert [v.parameters for v in rule.versions] == [{"age": 18}]


def test_california_minimum_wage_2024_is_16_dollars() -> None:
    """us.ca.guideline.minimum_wage: DIR News Release 2023-66 — "California's minimum wage
    will increase to $16 per hour for all employers on January 1, 2024."""
    rule = book.get("us.ca.guideline.minimum_wage")
    assert book.decimal("us.ca.guideline.minimum_wage.hourly", on=D(2024, 1, 1)) == Decimal("16.00")
    assert book.decimal("us.ca.guideline.minimum_wage.hourly", on=D(2024, 12, 31)) == Decimal("16.00")
    dir_release = next(s for s in rule.sources if s.url and "2023-66" in s.url)
    assert "$16 per hour for all employers on January 1, 2024" in (dir_release.quote or "")


def test_enforcement_period_is_art_215_before_2013_and_art_239_until_2022() -> None:
    """cn.enforcement.application_period: the 2007 CPL (in force 2008-04-01) has the 2-year
    period in art. 215 (its art. 239 is on foreign parties' lawyers); the 2012 text, in force
    2013-01-01, moved it to art. 239. Both count each instalment separately."""
    rule_id = "cn.enforcement.application_period"
    rule = book.get(rule_id)
    assert [(v.from_date, v.until) for v in rule.versions] == [
        (D(2008, 4, 1), D(2013, 1, 1)), (D(2013, 1, 1), D(2022, 1, 1)), (D(2022, 1, 1), None)]
    assert rule.citation_on(D(2012, 12, 31)).article == "215"
    assert rule.citation_on(D(2013, 1, 1)).article == "239"
    assert rule.citation_on(D(2022, 1, 1)).article == "250"
    for day in (D(2008, 4, 1), D(2013, 1, 1)):
        assert book.parameters(rule_id, on=day) == {
            "years": 2, "instalments_counted": "each_instalment"}


def test_instalments_that_ran_out_before_2013_cite_cpl_2007_art_215() -> None:
    """cn.enforcement.application_period in the deadlines: instalments due 2009-2010 each
    ran out two years later, before 2013-01-01, under the 2007 text's art. 215; instalments
    that ran out from 2013 cite art. 239."""
    def old_instalments(start: str, end: str) -> str:
        data = {
            "version": 1,
            "case": {"title": "old arrears", "order_jurisdiction": "CN"},
            "parties": {"obligee": {"name": "甲", "country": "CN"},
                        "obligor": {"name": "乙", "country": "CN"}},
            "children": [{"name": "丙", "birth_date": "2005-01-01"}],
            "obligations": [{"id": "main", "basis": {"type": "judgment", "jurisdiction": "CN"},
                             "amount": "1000.00", "currency": "CNY", "due_day": 10,
                             "start": start, "end": end}],
        }
        case = parse_casefile(yaml.safe_dump(data, allow_unicode=True), source="example")
        results = compute(case, D(2024, 6, 1))
        found = next(r for r in results if r.id.endswith("old-instalments"))
        assert found.rule == "cn.enforcement.application_period"
        return found.citation + " | " + found.computation

    early = old_instalments("2009-01-01", "2010-06-30")  # last ran out 2012-06-10
    assert "art. 215" in early and "2007 amendment" in early and "239" not in early
    later = old_instalments("2014-01-01", "2015-06-30")  # last ran out 2017-06-10
    assert "art. 239" in later


def test_limitation_for_support_suits_after_18_is_disputed() -> None:
    """cn.recognition.fresh_action: Civil Code art. 196 excludes support claims from
    limitation, but some courts (e.g. (2019)渝03民终311号, secondary, research note R3.5(c))
    count 3 years from the 18th birthday for support unpaid under a divorce agreement."""
    rule = book.get("cn.recognition.fresh_action")
    assert rule.status == "disputed"
    assert len(rule.readings) == 2
    assert any("(2019)渝03民终311号" in r.en and "渝03民终311号" in r.zh for r in rule.readings)
    assert any("secondary" in c.en.lower() and "二手" in c.zh for c in rule.caveats)
    assert "Claims for child support are not subject to limitation" not in rule.summary.en
