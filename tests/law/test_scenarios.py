"""Enforcement-route scenarios as data (tests/law/scenarios/*.yaml), each citing its rules.

Each file names the situation, the rules it checks (`cites`), a complete case file and what
the planner must conclude (`expect`). A scenario citing a rule that does not exist fails.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from supportcase.casefile import parse_casefile
from supportcase.law.route import plan
from supportcase.law.rules import default_rulebook

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path) -> None:
    spec = _load(path)
    book = default_rulebook()
    for rule_id in spec["cites"]:
        assert rule_id in book, f"{path.name} cites unknown rule {rule_id}"
    case = parse_casefile(yaml.safe_dump(spec["case"], allow_unicode=True), source=path.name)
    today = spec["today"] if isinstance(spec["today"], dt.date) else \
        dt.date.fromisoformat(spec["today"])
    result = plan(case, today=today).to_json()
    expect = spec["expect"]
    ids = [r["id"] for r in result["routes"]]
    routes = {r["id"]: r for r in result["routes"]}
    assert result["instrument"]["kind"] == expect["instrument"]
    if "needs_claim_first" in expect:
        assert result["instrument"]["needs_claim_first"] is expect["needs_claim_first"]
    if "instrument_missing" in expect:
        assert list(result["instrument"]["missing"]) == expect["instrument_missing"]
    if "instrument_missing_contains" in expect:
        assert any(expect["instrument_missing_contains"] in m
                   for m in result["instrument"]["missing"])
    if "first_route" in expect:
        assert ids and ids[0] == expect["first_route"], ids
    for route_id in expect.get("routes_include", []):
        assert route_id in ids, ids
    for route_id in expect.get("routes_exclude", []):
        assert route_id not in ids, ids
    for route_id, certainty in expect.get("certainty", {}).items():
        assert routes[route_id]["certainty"] == certainty
    cited = {c["rule"] for r in result["routes"] for c in r["citations"]}
    for rule_id in expect.get("cited_rules_include", []):
        assert rule_id in cited, sorted(cited)
    for route_id, remedy_ids in expect.get("available_remedies", {}).items():
        available = {m["id"] for m in routes[route_id]["remedies"] if m["available"]}
        for remedy_id in remedy_ids:
            assert remedy_id in available, sorted(available)
    for route_id, rule_id in expect.get("risks_mention", {}).items():
        assert any(rule_id in risk["rules"] for risk in routes[route_id]["risks"])
    if "warnings_cite" in expect:
        assert any(expect["warnings_cite"] in w["rules"] for w in result["warnings"])
    if "no_deadline_rule" in expect:
        assert all(d["rule"] != expect["no_deadline_rule"]
                   for r in result["routes"] for d in r["deadlines"])
    # Every route is complete and cited; money is kept apart from custody and travel.
    for route in result["routes"]:
        assert route["steps"] and isinstance(route["authority"], str) and route["authority"]
        for key in ("id", "title", "authority", "steps", "documents", "deadlines", "remedies",
                    "risks", "citations"):
            assert key in route
    assert len(result["separate_matters"]) >= 4


def test_prc_route_never_claims_a_hague_route() -> None:
    """The PRC is not a Hague 2007 party: no plan touching the PRC offers a Convention route."""
    for path in SCENARIOS:
        spec = _load(path)
        case_data = spec["case"]
        places = {case_data["case"].get("order_jurisdiction"),
                  case_data["parties"]["obligor"].get("country")}
        if "CN" not in places:
            continue
        case = parse_casefile(yaml.safe_dump(case_data, allow_unicode=True), source=path.name)
        ids = [r["id"] for r in plan(case, today=dt.date(2026, 11, 1)).to_json()["routes"]]
        assert not any(i.startswith("hcch") for i in ids), (path.name, ids)


def test_route_in_chinese() -> None:
    spec = _load(SCENARIOS[0])
    case = parse_casefile(yaml.safe_dump(spec["case"], allow_unicode=True), source="zh")
    route = plan(case, today=dt.date(2026, 11, 1)).to_json("zh")["routes"][0]
    assert route["title"] == route["title_zh"]
    assert route["steps"][0]["text"] == route["steps"][0]["zh"]
