"""Worked arrears examples, one YAML file each, naming the rule they check.

Each file gives a small case, an as-of date and the figures expected; the arithmetic is in
the file's comments so a reader can check it by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from supportcase.casefile.model import CaseFile
from supportcase.ledger import build_statement

EXAMPLES = sorted((Path(__file__).parent / "examples").glob("*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_worked_example(path: Path) -> None:
    example = _load(path)
    case = CaseFile.model_validate(example["case"])
    as_of = example["as_of"]
    assert isinstance(as_of, dt.date)
    statement = build_statement(case, as_of)
    data = statement.to_json()
    expect = example["expect"]

    # The rule the example checks must be among the rules the statement cites.
    assert example["rule"] in {r["id"] for r in data["rules"]}, data["rules"]
    assert not data["problems"], data["problems"]

    rows = {r["id"]: r for r in data["rows"]}
    if "row_count" in expect:
        assert len(rows) == expect["row_count"], list(rows)
    for row_id, fields in expect.get("rows", {}).items():
        assert row_id in rows, f"{row_id} not in {list(rows)}"
        for key, value in fields.items():
            got = rows[row_id]["amount_due" if key == "amount_due" else key]
            assert str(got) == str(value), f"{row_id}.{key}: {got} != {value}"
    for key, value in expect.get("totals", {}).items():
        assert data[key] == value, f"{key}: {data[key]} != {value}"
    for key, value in expect.get("if_unknown_counted", {}).items():
        assert data["if_unknown_payments_counted"][key] == value
    for kind in ("excluded", "assumption", "question"):
        wanted = expect.get(f"{kind}_codes")
        if wanted is not None:
            section = {"excluded": "excluded", "assumption": "assumptions",
                       "question": "questions"}[kind]
            codes = [n["code"] for n in data[section]]
            for code in set(wanted):
                assert codes.count(code) == wanted.count(code), (kind, codes)
    if "conversion" in expect:
        conversions = [a["conversion"] for r in data["rows"] for a in r["payments"]
                       if "conversion" in a]
        assert conversions, "no converted payment"
        for key, value in expect["conversion"].items():
            assert conversions[0][key] == value, (key, conversions[0])
    for i, rc in enumerate(expect.get("reconciliation", [])):
        got = data["reconciliation"][i]
        for key in ("matches", "ledger", "difference"):
            if key in rc:
                assert got[key] == rc[key], (key, got)
        if "explained_by" in rc:
            assert rc["explained_by"] in {e["code"] for e in got["explanations"]}, got


def test_every_example_names_a_rule_and_shows_arithmetic() -> None:
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        assert "\n# " in text, f"{path.name}: no arithmetic comment"
        assert _load(path)["rule"], path.name
