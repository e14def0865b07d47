"""An expense share under an expense-sharing clause (the demo judgment: the obligor pays 50 %
of medical costs within 30 days of the receipt) is its own item, not periodic support: the
drafts show it on its own line, and no total that holds it is called "support due"
(应付抚养费合计), in Chinese or in English. The parts are the ledger's own rows."""

from __future__ import annotations

import datetime as dt

import pytest

from supportcase.casefile import CaseFile, parse_casefile
from supportcase.drafting.render import render_draft
from supportcase.drafting.sources import gather
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)
# The demo: 82 monthly instalments of 2,000.00 and half of a 3,600.00 medical bill.
SUPPORT, SHARE, TOTAL = "164,000.00", "1,800.00", "165,800.00"


@pytest.fixture(scope="module")
def demo() -> CaseFile:
    return parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))


def _text(kind: str, case: CaseFile, lang: str) -> str:
    return render_draft(kind, case, lang=lang, as_of=AS_OF).text()


def test_the_ledger_holds_the_expense_share_in_its_total(demo: CaseFile) -> None:
    st = gather(demo, AS_OF).statement
    assert st is not None and st["total_due"] == "165800.00"
    assert [r["amount_due"] for r in st["rows"] if r["kind"] == "expense_share"] == ["1800.00"]


@pytest.mark.parametrize("kind", ["enforcement_application", "demand_letter", "arrears_statement"])
def test_chinese_total_with_the_expense_share_is_not_called_support(demo: CaseFile,
                                                                    kind: str) -> None:
    text = _text(kind, demo, "zh")
    assert "应付抚养费合计" not in text
    if kind != "arrears_statement":  # its summary table: below
        assert (f"应付抚养费人民币{SUPPORT}元、应分担的医疗费人民币{SHARE}元，"
                f"应付合计人民币{TOTAL}元") in text


@pytest.mark.parametrize("kind", ["enforcement_application", "demand_letter"])
def test_english_total_with_the_expense_share_is_not_called_support(demo: CaseFile,
                                                                    kind: str) -> None:
    text = _text(kind, demo, "en")
    assert f"support due totals CNY {TOTAL}" not in text
    share = "his share" if kind == "enforcement_application" else "your share"
    assert (f"the support due is CNY {SUPPORT} and {share} of medical expenses CNY {SHARE}, "
            f"a total due of CNY {TOTAL}") in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_arrears_statement_summary_lists_the_share_on_its_own_line(demo: CaseFile,
                                                                   lang: str) -> None:
    doc = render_draft("arrears_statement", demo, lang=lang, as_of=AS_OF)
    summary = [list(r) for r in doc.tables()[0]]
    if lang == "zh":
        assert ["应付抚养费", SUPPORT] in summary
        assert ["应分担的医疗费（费用分担条款）", SHARE] in summary
        assert ["应付合计", TOTAL] in summary
        assert not any(r[0] == "应付抚养费合计" for r in summary)
    else:
        assert ["Support due", SUPPORT] in summary
        assert ["Obligor's share of medical expenses due (expense-sharing clause)", SHARE] in summary
        assert ["Total due", TOTAL] in summary


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_request_names_support_and_the_share_and_the_terms_name_the_clause(
        demo: CaseFile, lang: str) -> None:
    text = _text("enforcement_application", demo, lang)
    if lang == "zh":
        assert "拖欠的子女抚养费及应分担的医疗费共计人民币148,065.06元" in text
        assert "其中抚养费人民币146,265.06元，医疗费人民币1,800.00元" in text
        assert "另负担医疗费的50%，于收到票据后30日内支付" in text
    else:
        assert ("unpaid child support and his unpaid share of medical expenses, "
                "CNY 148,065.06 in all (support CNY 146,265.06, medical expenses CNY 1,800.00"
                in text)
        assert "and 50 % of the medical expenses, within 30 days of receiving the receipt" in text


def test_without_an_expense_share_the_total_is_support(demo: CaseFile) -> None:
    data = demo.model_dump(mode="json", by_alias=True)
    data["expenses"] = [e for e in data["expenses"] if e["category"] != "medical"]
    case = CaseFile.model_validate(data)
    text = _text("enforcement_application", case, "zh")
    assert f"应付抚养费合计人民币{SUPPORT}元" in text
    assert "医疗费人民币" not in text
    assert f"the support due totals CNY {SUPPORT}" in _text("enforcement_application", case, "en")
