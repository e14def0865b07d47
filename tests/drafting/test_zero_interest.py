"""A draft never asks for, or demands, "0.00" interest: when the ledger's interest is zero
(a notarized instrument with no interest regime set, every instalment paid on time) the
interest request is left out, the requests are numbered without it, and the text says that no
interest is claimed — as a lawyer would write it. With interest, the request stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from supportcase.casefile import CaseFile, parse_casefile
from supportcase.drafting.render import render_draft
from supportcase.drafting.sources import gather
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)
SCENARIOS = Path(__file__).parents[1] / "law/scenarios"


def _notarized() -> CaseFile:
    data = yaml.safe_load((SCENARIOS / "notarized_agreement_with_certificate.yaml").read_text(
        encoding="utf-8"))
    return CaseFile.model_validate(data["case"])


def _render(kind: str, case: CaseFile, lang: str) -> str:
    sources = gather(case, AS_OF)
    assert sources.statement is not None
    assert sources.statement["interest_outstanding"] == "0.00"
    return render_draft(kind, case, lang=lang, as_of=AS_OF, sources=sources).text()


def test_no_zero_interest_request_in_the_chinese_application() -> None:
    text = _render("enforcement_application", _notarized(), "zh")
    assert "币0.00元" not in text.replace("已付人民币0.00元", "")
    assert "加倍部分债务利息为人民币0.00元" not in text
    assert "请求责令被执行人支付迟延履行期间的加倍部分债务利息" not in text
    assert "一、请求强制执行被执行人" in text
    assert "二、本案执行费用由被执行人负担。" in text and "三、" not in text.split("事实与理由")[0]
    assert "以上第一、二项合计" not in text
    assert "本申请暂不主张迟延履行期间的加倍部分债务利息" in text
    # CPL art. 264 is the interest article: not cited for interest not claimed.
    assert "第二百六十四条" not in text


def test_no_zero_interest_request_in_the_english_application() -> None:
    text = _render("enforcement_application", _notarized(), "en")
    assert " CNY 0.00" not in text.replace("CNY 0.00 was paid", "")
    assert "Order the respondent to pay the doubled interest" not in text
    assert "2. Order the respondent to bear the costs of enforcement." in text
    requests = text.split("Facts and reasons")[0]
    assert "3. " not in requests and "Items 1 and 2 total" not in text
    assert "No interest for delayed performance is claimed in this application." in text
    assert "art. 264" not in text and "264" not in text.split("Under ", 1)[1].split(".", 1)[0]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_zero_interest_demanded_in_the_demand_letter(lang: str) -> None:
    text = _render("demand_letter", _notarized(), lang)
    assert "0.00元，合计" not in text and "delay of CNY 0.00" not in text
    assert ("利息" not in text.split("逐期明细")[0].split("截至", 1)[1] if lang == "zh"
            else "doubled interest" not in text.split("The attached")[0])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_interest_is_still_requested_when_there_is_some(lang: str) -> None:
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    text = render_draft("enforcement_application", demo, lang=lang, as_of=AS_OF).text()
    if lang == "zh":
        assert "二、请求责令被执行人支付迟延履行期间的加倍部分债务利息人民币29,258.71元" in text
        assert "三、本案执行费用由被执行人负担。" in text and "以上第一、二项合计" in text
        assert "第二百六十四条" in text
    else:
        assert "2. Order the respondent to pay the doubled interest" in text
        assert "Items 1 and 2 total CNY 177,323.77." in text
