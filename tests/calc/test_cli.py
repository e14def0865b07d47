"""`supportcase calc california|prc` as a user runs it: JSON for scripts, a table for people,
one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ISSUE_EXAMPLE = ["calc", "california", "--parent-a-net", "8000", "--parent-b-net", "3000",
                 "--parent-a-time", "20", "--children", "2", "--on", "2025-01-01"]


def run(*args: str, home: Path, code: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUPPORTCASE_HOME": str(home), "COLUMNS": "160"}
    result = subprocess.run([sys.executable, "-m", "supportcase", *args], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == code, result.stderr
    return result


def as_json(*args: str, home: Path) -> Any:
    return json.loads(run(*args, "--json", home=home).stdout)


def test_issue_example_as_json(tmp_path: Path) -> None:
    # Fam. Code § 4055 (SB 343 table): 1,644.458182 × 1.6 = 2,631.13, parent A pays.
    data = as_json(*ISSUE_EXAMPLE, home=tmp_path)
    assert data["payer"] == "A"
    assert data["monthly_support"] == "2631.13"
    assert data["low_income_range"] is None
    keys = [step["key"] for step in data["steps"]]
    for key in ("TN", "H%", "band", "K", "CS_one_child", "multiplier", "monthly_support"):
        assert key in keys
    rules = {rule["id"]: rule for rule in data["rules"]}
    assert rules["us.ca.guideline.k_factor"]["version_from"] == "2024-09-01"
    assert "SB 343" in rules["us.ca.guideline.k_factor"]["citation"]
    assert [a["amount"] for a in data["allocation"]] == ["1644.46", "986.67"]
    notices = " ".join(n["en"] for n in data["notices"])
    assert "not legal advice" in notices and "tax modelling is out of scope" in notices


def test_issue_example_as_a_table(tmp_path: Path) -> None:
    out = run(*ISSUE_EXAMPLE, home=tmp_path).stdout
    assert "Parent A pays parent B 2,631.13 USD a month" in out
    assert "$10,001–15,000" in out
    assert "Full tax modelling is out of scope" in out
    assert "不构成法律意见" in out


def test_low_income_range_and_gross_income_deductions(tmp_path: Path) -> None:
    # Obligor nets 2,000 (gross 2,400 less 400 income tax), below 2,860 in 2025 (§ 4055(b)(7)).
    data = as_json("calc", "california", "--parent-a-gross", "2400",
                   "--parent-a-deduction", "income_tax=400", "--parent-b-net", "500",
                   "--parent-a-time", "10", "--on", "2025-06-01", home=tmp_path)
    assert data["monthly_support"] == "375.71"
    assert data["low_income_range"] == ["262.73", "375.71"]


def test_prc_range_with_citation(tmp_path: Path) -> None:
    data = as_json("calc", "prc", "--income", "15000", "--children", "1", "--on", "2025-01-01",
                   home=tmp_path)
    assert data["monthly_range"] == ["3000.00", "4500.00"]
    assert "art. 49" in data["citation"]
    assert len(data["factors"]) >= 4
    out = run("calc", "prc", "--income", "15000", "--children", "1", home=tmp_path).stdout
    assert "3,000.00 – 4,500.00 CNY" in out and "not one right number" in out


def test_user_errors_are_one_line(tmp_path: Path) -> None:
    result = run("calc", "california", "--parent-a-net", "8000", "--parent-b-net", "3000",
                 home=tmp_path, code=1)
    assert result.stderr.startswith("error: the time-share is missing")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    bad = run("calc", "california", "--parent-a-gross", "5000", "--parent-a-deduction", "rent=1",
              "--parent-b-net", "1", "--parent-a-time", "0", home=tmp_path, code=1)
    assert "KIND=AMOUNT" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize(("income", "words"), [
    ("1e400", "'1e400' is not an amount; write the digits, e.g. 2500.00"),  # was a traceback
    ("99999999999999999999", "'99999999999999999999' is too large to be an amount"),
    ("abc", "'abc' is not an amount; write the digits, e.g. 2500.00")])
def test_an_income_that_is_not_an_amount_is_one_line(tmp_path: Path, income: str,
                                                     words: str) -> None:
    result = run("calc", "prc", "--income", income, "--children", "1", home=tmp_path, code=1)
    assert result.stderr == f"error: --income: {words}\n"


def test_tables_in_chinese(tmp_path: Path) -> None:
    out = run(*ISSUE_EXAMPLE, "--lang", "zh", home=tmp_path).stdout
    assert "A方每月向B方支付 2,631.13 美元" in out and "TN：双方每月可支配净收入合计" in out
    prc = run("calc", "prc", "--income", "15000", "--lang", "zh", "--on", "2025-01-01",
              home=tmp_path).stdout
    assert "婚姻家庭编的解释（一）第49条" in prc and "3,000.00 – 4,500.00" in prc
    data = as_json(*ISSUE_EXAMPLE, home=tmp_path)
    assert {s["key"]: s["label_zh"] for s in data["steps"]}["K"] == "K = T × F(TN)"


def test_a_currency_that_is_not_iso_4217_is_one_line(tmp_path: Path) -> None:
    """Before, `calc prc --currency RMB` ended in a traceback (the check raised a plain
    ValueError, not a user error)."""
    result = run("calc", "prc", "--income", "15000", "--currency", "RMB", home=tmp_path, code=1)
    assert result.stderr == ("error: 'RMB' is not an ISO 4217 currency code; for that "
                             "currency write CNY\n")


@pytest.mark.parametrize(("args", "zh"), [
    (["california", "--parent-a-net", "8000", "--parent-b-net", "3000"],
     "缺少照管时间比例：请填写A方照管子女的时间百分比（或缺席程序的事实）"),
    (["california", "--parent-a-net", "8000", "--parent-b-net", "-1", "--parent-a-time", "20"],
     "B方：净收入不能为负数"),
    (["california", "--parent-a-net", "8000", "--parent-b-net", "3000", "--parent-a-time",
      "120"], "照管时间比例 120 不在 0 至 100 之间"),
    (["prc", "--income", "1", "--annual-income", "12"],
     "请只填写一项收入：每月收入（有固定收入的），或当年总收入，或同行业年平均收入"),
    (["prc", "--income", "1", "--currency", "RMB"], "'RMB' 不是 ISO 4217 货币代码；该货币请写 CNY"),
], ids=["time-share missing", "negative income", "time-share over 100", "two incomes",
        "currency"])
def test_errors_in_chinese_for_a_chinese_table(tmp_path: Path, args: list[str],
                                               zh: str) -> None:
    result = run("calc", *args, "--lang", "zh", home=tmp_path, code=1)
    assert result.stderr == f"错误：{zh}\n"


def test_the_prc_range_is_worked_out_in_chinese(tmp_path: Path) -> None:
    """A Chinese reader of `calc prc` sees every working and note in Chinese — two children,
    a yearly income of 180,000 CNY: 15,000 a month, 20 % to 50 % → 3,000.00 – 7,500.00 — and
    each rule's version and status in words; the English table is unchanged."""
    import re

    from supportcase.calc import PrcInput, support_standard

    result = support_standard(PrcInput(on=dt.date(2025, 1, 1), children=2,
                                       annual_income=Decimal("180000")))
    for step in result.steps:
        for text in (step.working_in("zh"), step.note_in("zh") or ""):
            assert not re.search(r"[A-Za-z]{4,}", text), (step.key, text)
    zero = support_standard(PrcInput(on=dt.date(2025, 1, 1), children=1,
                                     monthly_income=Decimal("0")))
    assert zero.warnings_zh == ("未填写收入时按比例计算为零；法院仍可从财产中确定抚养费（第51条），"
                                "或按同行业平均收入计算。",)
    out = run("calc", "prc", "--annual-income", "180000", "--children", "2", "--lang", "zh",
              "--on", "2025-01-01", home=tmp_path).stdout
    worked = {step.key: step.working_in("zh") for step in result.steps}
    assert worked["monthly_range"] == "15,000.00 × 20 % 至 15,000.00 × 50 %，四舍五入到最小货币单位"
    assert "自 2021-01-01 起" in out and "已确定" in out
    for english in ("rounded to", "generally", "may be raised", "from 2021", "settled",
                    "dividing by 12"):
        assert english not in out
    english = run("calc", "prc", "--annual-income", "180000", "--children", "2",
                  "--on", "2025-01-01", home=tmp_path).stdout
    assert "rounded to the" in english and "from 2021-01-01" in english


def _english_words(text: str) -> list[str]:
    """Runs of Latin letters left in a Chinese line, but for rule ids and a citation's own
    words (the code's name, "Stats." of the amending act) and the options to type."""
    import re

    text = re.sub(r"us\.ca\.[a-z_.]+|California Family Code|Stats\.|--[a-z-]+", "", text)
    return re.findall(r"[A-Za-z]{4,}", text)


@pytest.mark.parametrize("args", [
    # The issue example: K table, band, T, multiplier, who pays, no low-income adjustment,
    # two children allocated.
    ISSUE_EXAMPLE[2:],
    # Gross 2,400 less 400 tax = 2,000, below the 2025 threshold: the range applies.
    ["--parent-a-gross", "2400", "--parent-a-deduction", "income_tax=400", "--parent-b-net",
     "500", "--parent-a-time", "10", "--on", "2025-06-01"],
    # Add-ons split by income; two children with different time-shares (no allocation).
    ["--parent-a-net", "8000", "--parent-b-net", "3000", "--parent-a-time", "20",
     "--parent-a-time", "30", "--children", "2", "--childcare", "600", "--travel", "100",
     "--on", "2025-01-01"],
    # 2020: deductions above gross income, the old K table's start, no verified low-income
    # threshold, the old add-on split — each a warning.
    ["--parent-a-gross", "100", "--parent-a-deduction", "income_tax=200", "--parent-b-net",
     "3000", "--parent-a-time", "20", "--childcare", "100", "--on", "2020-01-01"],
])
def test_each_california_step_is_worked_out_in_chinese(args: list[str], tmp_path: Path) -> None:
    """What `calc california --lang zh` shows in each step — the value, the working, the note —
    is in Chinese (figures, rule ids and the code's name as they are); the English stays."""
    data = as_json("calc", "california", *args, home=tmp_path)
    for step in data["steps"]:
        for key in ("value_zh", "working_zh", "note_zh"):
            assert not _english_words(str(step[key] or "")), (step["key"], step[key])
    assert len(data["warnings_zh"]) == len(data["warnings"])
    for warning in data["warnings_zh"]:
        assert not _english_words(warning), warning
    lia = data["low_income_adjustment"]
    assert not _english_words(lia["explanation_zh"] or ""), lia
    english = " ".join(f"{s['value']} {s['working']} {s['note']}" for s in data["steps"])
    assert "rounded to the cent" in english
