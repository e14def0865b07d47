"""The calculators page (`/calc`): the California guideline (Fam. Code § 4055) and the PRC
standard (SPC Interpretation (I) art. 49) in the browser, for a signed-in parent, with every
step of the working as `supportcase calc` prints it, in English or Chinese.

Input the calculators cannot use (a word for an amount, a negative income, a time-share over
100 %, a missing income) gives the page back (422) with one message in the reader's language
above that form and every field as typed — never a traceback or the generic error page.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from supportcase.calc import (
    CaliforniaInput,
    DefaultProceeding,
    ParentIncome,
    PrcInput,
    guideline_support,
    support_standard,
)
from supportcase.calc.explanation import NOT_ADVICE, display
from supportcase.calc.labels_zh import zh_label
from supportcase.config import settings
from supportcase.store import Store
from supportcase.web.app import create_app
from tests.web.conftest import parent_with_case
from tests.web.test_refused_forms import CasePage
from tests.web.test_web import login

# The issue's example: parent A nets 8,000, parent B 3,000, A has the children 20 % of the
# time, two children, on 2025-01-01 (SB 343 K table).
ISSUE = {"calc": "california", "a_net": "8000", "b_net": "3000", "a_time": "20",
         "children": "2", "on": "2025-01-01"}
PRC = {"calc": "prc", "income": "15000", "children": "1", "currency": "CNY",
       "on": "2025-01-01"}


@pytest.fixture
def client() -> Iterator[TestClient]:
    """A parent (parent@x.org) signed in."""
    store = Store(settings())
    store.init()
    parent_with_case(store)
    with TestClient(create_app(store)) as signed_in:
        login(signed_in, "parent@x.org", "pw-parent")
        yield signed_in
    store.close()


def calc(client: TestClient, typed: dict[str, str], lang: str):
    return client.get("/calc?" + urlencode({**typed, "lang": lang}))


class StepRows(CasePage):
    """The rows of the page's working table (`table.steps`), each a list of its cells."""

    def __init__(self, html: str) -> None:
        self.rows: list[list[str]] = []
        self._in_steps = False
        self._cell: list[str] | None = None
        super().__init__(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and "steps" in (a.get("class") or "").split():
            self._in_steps = True
        elif self._in_steps and tag == "tr":
            self.rows.append([])
        elif self._in_steps and tag == "td":
            self._cell = []
        super().handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        super().handle_data(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_steps = False
        elif tag == "td" and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        super().handle_endtag(tag)


def _issue_result():
    return guideline_support(CaliforniaInput(
        on=dt.date(2025, 1, 1), parent_a=ParentIncome(net=Decimal(8000)),
        parent_b=ParentIncome(net=Decimal(3000)), children=2, parent_a_time=(Decimal(20),)))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("zh", "A方每月向B方支付 2,631.13 美元"),
    ("en", "Parent A pays parent B 2,631.13 USD a month"),
])
def test_the_issue_example_shows_who_pays_and_every_step(client, lang, sentence):
    """Fam. Code § 4055: CS = K[HN − (H%)(TN)] = 0.283527 × [8,000 − 0.20 × 11,000]
    = 1,644.46 for one child; × 1.6 for two = 2,631.13 a month, parent A to parent B —
    the sentence `supportcase calc california` prints, then each step of the CLI table with
    its label in the page's language, its value, its working and its rule's citation."""
    answer = calc(client, ISSUE, lang)
    assert answer.status_code == 200
    assert sentence in answer.text
    page = StepRows(answer.text)
    assert page.alerts == {}
    result = _issue_result()
    rows = [row for row in page.rows if row]  # the header row has no <td>
    assert len(rows) == len(result.steps)
    cites = {r.id: (r.citation_original if lang == "zh" else r.citation) for r in result.rules}
    for count, (row, step) in enumerate(zip(rows, result.steps, strict=True), start=1):
        number, label, value, working, rule = row
        assert number == str(count)
        assert label == ((zh_label(step.key) or step.label) if lang == "zh" else step.label)
        assert value == display(step.value)
        assert working == " ".join(step.working_in(lang).split())
        assert cites[step.rule] in rule
    assert [row[1] for row in rows if row[2] == "11,000"] == [
        "TN：双方每月可支配净收入合计" if lang == "zh" else "TN: total net monthly disposable income"]
    # The rules applied with their citations, and the calculator's own notices.
    assert ("《加利福尼亚州家庭法典》（California Family Code）§ 4055(b)(3)" if lang == "zh" else
            "California Family Code § 4055(b)(3)") in answer.text
    assert NOT_ADVICE[lang] in answer.text
    # The rule marked unverified (the minimum wage) is warned about, in the page's language.
    assert "us.ca.guideline.minimum_wage" in answer.text
    shown, other = ((result.warnings_zh, result.warnings) if lang == "zh"
                    else (result.warnings, result.warnings_zh))
    assert all(w in html.unescape(answer.text) for w in shown)
    assert not any(w in html.unescape(answer.text) for w in other)
    # The form keeps what was sent, so the figures can be changed and sent again.
    assert page.fields["/calc#california"]["a_net"] == "8000"
    assert page.other_lang.startswith("/calc?") and "a_net=8000" in page.other_lang


def test_the_prc_standard_gives_its_range_and_citation(client):
    """SPC Interpretation (I) art. 49: one child, a fixed monthly income of 15,000 CNY →
    20–30 % = 3,000.00 – 4,500.00 CNY a month, a guide and not one right number."""
    zh = calc(client, PRC, "zh")
    assert zh.status_code == 200
    assert "3,000.00 – 4,500.00 CNY" in zh.text
    assert "婚姻家庭编的解释（一）第49条" in zh.text
    assert "义务人每月总收入" in zh.text and NOT_ADVICE["zh"] in zh.text
    assert "子女的实际需要" in zh.text  # what the court weighs, in the page's language
    result = support_standard(PrcInput(on=dt.date(2025, 1, 1), children=1,
                                       monthly_income=Decimal(15000)))
    rows = [row for row in StepRows(zh.text).rows if row]
    assert [row[2] for row in rows] == [display(s.value) for s in result.steps]
    en = calc(client, PRC, "en")
    assert en.status_code == 200
    assert "Guide range: 3,000.00 – 4,500.00 CNY a month" in en.text
    assert "art. 49" in en.text and NOT_ADVICE["en"] in en.text


def test_the_page_first_shows_both_forms_and_no_result(client):
    answer = client.get("/calc?lang=zh")
    assert answer.status_code == 200
    page = StepRows(answer.text)
    assert page.alerts == {} and page.rows == []
    assert set(page.fields) >= {"/calc#california", "/calc#prc"}
    assert page.fields["/calc#california"]["a_net"] == ""
    assert page.fields["/calc#prc"]["currency"] == "CNY"


def test_the_case_list_links_to_the_calculators(client):
    assert 'href="/calc' in client.get("/").text


def test_signed_out_the_calculators_lead_to_login():
    store = Store(settings())
    store.init()
    with TestClient(create_app(store)) as stranger:
        answer = stranger.get("/calc?" + urlencode(ISSUE), follow_redirects=False)
    store.close()
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login?next=%2Fcalc%3F")


@pytest.mark.parametrize(("change", "zh", "en"), [
    ({"a_net": "八千"}, "'八千' 不是金额", "'八千' is not an amount"),
    ({"b_net": "-5"}, "B方：净收入不能为负数", "Parent B: net income cannot be negative"),
    ({"a_time": "120"}, "照管时间比例 120 不在 0 至 100 之间",
     "time-share 120 is not a percentage between 0 and 100"),
    ({"b_net": ""}, "B方：缺少每月净收入（或总收入）", "Parent B: net (or gross) monthly income is missing"),
    ({"a_time": ""}, "缺少照管时间比例", "the time-share is missing"),
    ({"children": "two"}, "“two”不是子女人数", "'two' is not a number of children"),
    ({"children": "²"}, "“²”不是子女人数", "'²' is not a number of children"),
    ({"on": "01/01/2025"}, "“01/01/2025”不是日期", "'01/01/2025' is not a date"),
    ({"a_time": "20;;35"}, "中有一项为空", "has an empty share"),
    ({"a_time": "20; 35; 50"}, "每个子女各一个（2 个）", "one per child (2), not 3"),
    ({"a_time": "", "default_custodial": "B"}, "缺席程序须同时选择监护方和申请方",
     "A default proceeding needs both the custodial parent and the moving party"),
], ids=["a word for an amount", "a negative income", "a time-share over 100",
        "a missing income", "no time-share", "children in words", "a superscript two",
        "a day-first date", "an empty share", "three shares for two children",
        "half a default proceeding"])
def test_refused_california_input_comes_back_as_typed(client, change, zh, en):
    """Fam. Code § 4055 needs both parents' net incomes (§ 4059, not negative) and parent A's
    share of time as a percentage: otherwise one message above the form, in the reader's
    language, the form as typed, and no result."""
    typed = {**ISSUE, **change}
    for lang, words in (("zh", zh), ("en", en)):
        answer = calc(client, typed, lang)
        assert answer.status_code == 422
        page = StepRows(answer.text)
        assert list(page.alerts) == ["california"] and len(page.alerts["california"]) == 1
        assert words in page.alerts["california"][0]
        form = page.fields["/calc#california"]
        assert {k: form.get(k) for k in typed if k != "calc"} == \
            {k: v for k, v in typed.items() if k != "calc"}
        assert page.rows == [] and "2,631.13" not in answer.text
        assert "Traceback" not in answer.text


@pytest.mark.parametrize(("change", "zh", "en"), [
    ({"income": "abc"}, "'abc' 不是金额", "'abc' is not an amount"),
    ({"income": "-1"}, "收入不能为负数", "income cannot be negative"),
    ({"income": ""}, "请只填写一项收入", "give exactly one income"),
    ({"annual_income": "180000"}, "请只填写一项收入", "give exactly one income"),
    ({"currency": "RMB"}, "该货币请写 CNY", "for that currency write CNY"),
], ids=["a word for an amount", "a negative income", "no income", "two incomes",
        "RMB for CNY"])
def test_refused_prc_input_comes_back_as_typed(client, change, zh, en):
    """SPC Interpretation (I) art. 49 applies its ratios to one income (the fixed monthly
    income, or that year's, or the trade's average): a word, a negative figure, none or two
    give the form back with why."""
    typed = {**PRC, **change}
    for lang, words in (("zh", zh), ("en", en)):
        answer = calc(client, typed, lang)
        assert answer.status_code == 422
        page = StepRows(answer.text)
        assert list(page.alerts) == ["prc"] and len(page.alerts["prc"]) == 1
        assert words in page.alerts["prc"][0]
        form = page.fields["/calc#prc"]
        assert {k: form.get(k) for k in typed if k != "calc"} == \
            {k: v for k, v in typed.items() if k != "calc"}
        assert page.rows == [] and "4,500.00" not in answer.text


def test_gross_income_with_deductions_and_add_ons_show_their_steps(client):
    """Fam. Code § 4059: parent A's gross 10,000 less 1,500 income tax and 500 FICA is a net
    8,000 — the issue example again (2,631.13) — and a 600 childcare add-on (§ 4062(a)) is
    split in proportion to net incomes, parent A's reduced by the basic support
    (§ 4061(d)): 5,368.87 ÷ (5,368.87 + 3,000) = 64.1529 %; × 600 = 384.917… → A 384.92,
    B 215.08."""
    typed = {**ISSUE, "a_net": "", "a_gross": "10000", "a_income_tax": "1500",
             "a_fica": "500", "childcare": "600"}
    answer = calc(client, typed, "en")
    assert answer.status_code == 200, StepRows(answer.text).alerts
    assert "Parent A pays parent B 2,631.13 USD a month" in answer.text
    rows = {row[1]: row for row in StepRows(answer.text).rows if row}
    assert rows["Parent A net monthly disposable income"][2] == "8,000"
    assert rows["Parent A less income_tax (§ 4059)"][2] == "1,500"
    assert "A 384.92 / B 215.08" in answer.text
    zh = calc(client, typed, "zh")
    assert "A方减：所得税（第4059条）" in zh.text and "托育费用" in zh.text


def test_a_minimum_wage_the_parent_checked_gives_the_low_income_threshold(client):
    """Fam. Code § 4055(b)(7) from 2024-09-01: the threshold is full-time minimum wage,
    hourly × 40 × 52 ÷ 12. For 2031 the rule data has no wage, so the page says the
    threshold is missing; with 16.50 typed in, 16.50 × 40 × 52 ÷ 12 = 2,860.00."""
    later = {**ISSUE, "on": "2031-01-01"}
    missing = calc(client, later, "en")
    assert missing.status_code == 200
    assert "minimum wage for 2031 is not in the verified data" in missing.text
    checked = calc(client, {**later, "minimum_wage": "16.50"}, "en")
    rows = {row[1]: row for row in StepRows(checked.text).rows if row}
    threshold = rows["Low-income threshold (full-time minimum wage, monthly gross)"]
    assert threshold[2] == "2,860.00" and threshold[3] == "16.50 × 40 × 52 ÷ 12"
    assert StepRows(checked.text).fields["/calc#california"]["minimum_wage"] == "16.50"


def test_a_share_for_each_child_is_averaged_as_the_guideline_says(client):
    """Fam. Code § 4055(b)(1)(D): different time-shares for different children — one per
    child, youngest first — give the same figure on the page as the calculator itself."""
    answer = calc(client, {**ISSUE, "a_time": "20; 35"}, "en")
    assert answer.status_code == 200
    expected = guideline_support(CaliforniaInput(
        on=dt.date(2025, 1, 1), parent_a=ParentIncome(net=Decimal(8000)),
        parent_b=ParentIncome(net=Decimal(3000)), children=2,
        parent_a_time=(Decimal(20), Decimal(35))))
    assert f"{expected.monthly_support:,}" in answer.text
    assert expected.monthly_support != _issue_result().monthly_support
    assert StepRows(answer.text).fields["/calc#california"]["a_time"] == "20; 35"


def test_a_default_proceeding_without_time_share_evidence(client):
    """Fam. Code § 4055(b)(6): with no evidence of the time-share, a default proceeding
    where the custodial parent moved fixes H% by rule; the page shows that figure."""
    typed = {**ISSUE, "a_time": "", "default_custodial": "B", "default_moving": "B"}
    answer = calc(client, typed, "zh")
    assert answer.status_code == 200, answer.text
    expected = guideline_support(CaliforniaInput(
        on=dt.date(2025, 1, 1), parent_a=ParentIncome(net=Decimal(8000)),
        parent_b=ParentIncome(net=Decimal(3000)), children=2,
        default_proceeding=DefaultProceeding(custodial_parent="B", moving_party="B")))
    assert f"{expected.monthly_support:,}" in answer.text
    h_share = next(step for step in expected.steps if step.key == "H%")
    assert h_share.rule == "us.ca.guideline.default_timeshare"
    assert h_share.working_in("zh") in answer.text and "us.ca.guideline.default_timeshare" in \
        answer.text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_step_whose_note_is_its_citation_shows_it_once(client, lang):
    """The K-factor table step (Fam. Code § 4055(b)(3)) carries its table's citation as its
    note; the rule cell showed the same citation twice."""
    page = StepRows(calc(client, ISSUE, lang).text)
    label = zh_label("k_table") if lang == "zh" else "K-factor table used"
    rule_cell = next(row[4] for row in page.rows if row and row[1] == label)
    assert rule_cell.count("4055(b)(3)") == 1, rule_cell


def test_the_rules_table_names_each_rule_in_the_page_s_language(client):
    """SPC Interpretation (I) art. 49 and the rules beside it: on a Chinese page each rule
    is named by its Chinese title (it was the English one)."""
    result = support_standard(PrcInput(on=dt.date(2025, 1, 1), children=1,
                                       monthly_income=Decimal("15000")))
    page = html.unescape(calc(client, PRC, "zh").text)
    for rule in result.rules:
        assert rule.title_zh and rule.title_zh in page
        assert rule.title not in page
