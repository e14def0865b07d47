"""Worked examples from tests/calc/examples/*.yaml, one pytest case each.

Each YAML case names the situation, cites the rule it checks, gives the inputs and the
expected figures, with the arithmetic in its name. Expected decimals are compared after
rounding the computed value to the places the example writes ("0.21" → 2 places).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from supportcase.calc import (
    AddOns,
    CaliforniaInput,
    DefaultProceeding,
    ParentIncome,
    PrcInput,
    guideline_support,
    support_standard,
)
from supportcase.errors import UserError

EXAMPLES = Path(__file__).parent / "examples"


def _cases() -> list[Any]:
    params = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["calculator"], case,
                                       id=f"{path.stem}: {case['name']}"))
    return params


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _same(actual: Any, expected: Any) -> bool:
    """Compare a computed value with the example's, to the example's decimal places."""
    if isinstance(actual, Decimal):
        expected_dec = Decimal(str(expected))
        places = Decimal(1).scaleb(expected_dec.as_tuple().exponent)  # type: ignore[arg-type]
        return actual.quantize(places, rounding=ROUND_HALF_UP) == expected_dec
    return str(actual) == str(expected)


def _california(given: dict[str, Any]) -> Any:
    def income(parent: str) -> ParentIncome:
        return ParentIncome(
            net=_dec(given.get(f"parent_{parent}_net")),
            gross=_dec(given.get(f"parent_{parent}_gross")),
            deductions={k: Decimal(v) for k, v in
                        (given.get(f"parent_{parent}_deductions") or {}).items()})

    times = given.get("parent_a_time", [])
    times = [times] if isinstance(times, str) else times
    default = given.get("default_proceeding")
    return guideline_support(CaliforniaInput(
        on=given["date"], parent_a=income("a"), parent_b=income("b"),
        children=given.get("children", 1),
        parent_a_time=tuple(Decimal(t) for t in times),
        default_proceeding=DefaultProceeding(**default) if default else None,
        add_ons=AddOns(**{k: Decimal(v) for k, v in (given.get("add_ons") or {}).items()}),
        minimum_wage_hourly=_dec(given.get("minimum_wage")),
        low_income_threshold=_dec(given.get("lia_threshold")),
    ))


def _prc(given: dict[str, Any]) -> Any:
    return support_standard(PrcInput(
        on=given["date"], children=given.get("children", 1),
        monthly_income=_dec(given.get("monthly_income")),
        annual_income=_dec(given.get("annual_income")),
        industry_average_annual=_dec(given.get("industry_average_annual")),
        currency=given.get("currency", "CNY"),
    ))


@pytest.mark.parametrize(("calculator", "case"), _cases())
def test_worked_example(calculator: str, case: dict[str, Any]) -> None:
    run = _california if calculator == "california" else _prc
    expect = case["expect"]
    if "error" in expect:
        with pytest.raises(UserError, match=expect["error"]):
            run(case["input"])
        return
    result = run(case["input"])
    steps = {step.key: step.value for step in result.steps}
    for key, value in (expect.get("steps") or {}).items():
        assert key in steps, f"no step {key!r}"
        assert _same(steps[key], value), f"step {key}: {steps[key]} ≠ {value}"
    if "payer" in expect:
        assert result.payer == expect["payer"]
    if "monthly_support" in expect:
        assert str(result.monthly_support) == expect["monthly_support"]
    if "low_income_range" in expect:
        wanted = expect["low_income_range"]
        got = result.low_income.range
        assert (None if got is None else [str(v) for v in got]) == wanted
    if "low_income_status" in expect:
        assert result.low_income.status == expect["low_income_status"]
    if "allocation" in expect:
        assert [str(a.amount) for a in result.allocation] == expect["allocation"]
        if result.allocation:  # the allocations add up to the rounded total
            assert sum(a.amount for a in result.allocation) == result.monthly_support
    for category, (share_a, share_b, kind) in (expect.get("add_ons") or {}).items():
        [share] = [s for s in result.add_ons if s.category == category]
        assert (str(share.share_a), str(share.share_b), share.kind) == (share_a, share_b, kind)
        assert share.share_a + share.share_b == share.amount
    for text in expect.get("warnings_contain", []):
        assert any(text in w for w in result.warnings), f"no warning containing {text!r}"
    used = {rule.id: rule for rule in result.rules}
    for rule_id in expect.get("rules_include", []):
        assert rule_id in used
    for rule_id, since in (expect.get("rule_versions") or {}).items():
        assert used[rule_id].version_from == since
    for key in ("monthly_range", "yearly_range", "ratio_range"):
        if key in expect:
            assert [str(v) for v in getattr(result, key)] == expect[key]
    if "basis" in expect:
        assert result.basis == expect["basis"]
    # Every result says it is information, not advice; California's says taxes are not modelled.
    notices = " ".join(n["en"] for n in result.notices)
    assert "not legal advice" in notices
    if calculator == "california":
        assert "tax modelling is out of scope" in notices


def test_examples_are_found() -> None:
    assert len(_cases()) >= 40
    assert isinstance(dt.date.today(), dt.date)
