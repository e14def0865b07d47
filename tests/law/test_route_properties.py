"""The planner and the deadline calculator answer for any combination of instrument, origin
and places, never crash, never offer a Hague route touching the PRC, and always keep custody
and travel apart (property tests)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from supportcase.casefile import parse_casefile
from supportcase.law.deadlines import compute
from supportcase.law.route import plan

PLACES = ["CN", "US-CA", "US", "HK", "MO", "TW", "DE", "AU", "GY", "BW", "CA", "JP", "ZA", None]
BASES = ["judgment", "mediation_statement", "ruling", "notarized_agreement", "divorce_agreement",
         "private_agreement", "foreign_order", "us_order", "hk_order", "other"]
CLUES = ["salary", "bank_account", "real_estate", "vehicle", "employer", "passport"]


@st.composite
def cases(draw: Any) -> dict[str, Any]:
    origin = draw(st.sampled_from([p for p in PLACES if p]))
    obligor = draw(st.sampled_from(PLACES))
    made = draw(st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2026, 6, 30)))
    clues = draw(st.lists(st.tuples(st.sampled_from(CLUES), st.sampled_from(PLACES[:-1])),
                          max_size=3))
    return {
        "version": 1,
        "case": {"title": "property", "order_jurisdiction": origin},
        "parties": {"obligee": {"name": "A", "country": draw(st.sampled_from(PLACES))},
                    "obligor": {"name": "B", **({"country": obligor} if obligor else {})}},
        "children": [{"name": "C", "birth_date": "2014-05-05"}],
        "obligations": [{
            "id": "main",
            "basis": {"type": draw(st.sampled_from(BASES)), "date": made.isoformat(),
                      "jurisdiction": origin,
                      "enforcement_certificate": draw(st.booleans())},
            "amount": "1000.00", "currency": "CNY", "due_day": draw(st.integers(1, 28)),
            "start": made.replace(day=1).isoformat(),
            "end": draw(st.sampled_from([{"child_age": 18, "child": 0}, "2027-06-30", None])),
        }],
        "asset_clues": [{"kind": k, "country": c, "details": "x", "obtained": "y"}
                        for k, c in clues],
    }


@settings(deadline=None, max_examples=60)
@given(cases(), st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_any_case_gets_a_plan_and_deadlines(data: dict[str, Any], today: dt.date) -> None:
    if data["obligations"][0]["end"] is None:
        del data["obligations"][0]["end"]
    case = parse_casefile(yaml.safe_dump(data), source="property")
    result = plan(case, today=today).to_json()
    json.dumps(result, ensure_ascii=False)  # plain JSON
    ids = [r["id"] for r in result["routes"]]
    assert ids, "every case gets at least one route (if only 'ask a local lawyer')"
    # A us_order or hk_order is taken as made where its type says, whatever place is written
    # (law.instruments.origin_of); the plan then says the two disagree.
    written = data["case"]["order_jurisdiction"]
    basis = data["obligations"][0]["basis"]["type"]
    origin = {"us_order": "US", "hk_order": "HK"}.get(basis, written)
    obligor = data["parties"]["obligor"].get("country")
    if "CN" in (origin, obligor):
        assert not any(i.startswith("hcch") for i in ids)
    disagree = not written.startswith(origin)
    assert any("its place as" in w["en"] for w in result["warnings"]) == disagree
    assert len(result["separate_matters"]) == 5
    for route in result["routes"]:
        # a route resting on law we have not encoded says so (uncertain) instead of citing
        assert route["steps"] and (route["citations"] or route["certainty"] == "uncertain")
    for deadline in compute(case, today):
        assert deadline.status != "barred"  # type: ignore[comparison-overlap]
        if deadline.due is not None and deadline.rule.startswith("cn.enforcement"):
            assert deadline.due.weekday() < 5 or not deadline.rolled_from


def test_no_encoded_connection_says_so() -> None:
    data = {"version": 1, "case": {"title": "de", "order_jurisdiction": "DE"},
            "parties": {"obligee": {"name": "A", "country": "DE"},
                        "obligor": {"name": "B", "country": "JP"}},
            "obligations": [{"id": "main", "basis": {"type": "foreign_order", "jurisdiction": "DE"},
                             "amount": "300.00", "currency": "EUR", "start": "2024-01-01"}]}
    result = plan(parse_casefile(yaml.safe_dump(data)), today=dt.date(2026, 1, 1)).to_json()
    assert [r["id"] for r in result["routes"]] == ["local-advice"]
    assert result["routes"][0]["certainty"] == "uncertain"


def test_an_order_typed_us_but_placed_in_china_is_planned_as_us_and_says_so() -> None:
    """The case hypothesis found: `us_order` written with jurisdiction CN. The type decides
    (a US order can go to Germany under Hague 2007 through DCSS), and the plan warns."""
    data = {"version": 1, "case": {"title": "typed", "order_jurisdiction": "CN"},
            "parties": {"obligee": {"name": "A", "country": "CN"},
                        "obligor": {"name": "B", "country": "DE"}},
            "children": [{"name": "C", "birth_date": "2014-05-05"}],
            "obligations": [{"id": "main", "basis": {"type": "us_order", "date": "2012-01-01",
                                                     "jurisdiction": "CN"},
                             "amount": "1000.00", "currency": "CNY", "due_day": 1,
                             "start": "2012-01-01"}]}
    result = plan(parse_casefile(yaml.safe_dump(data)), today=dt.date(2020, 1, 1)).to_json()
    assert result["instrument"]["origin"] == "US"
    assert [w["en"] for w in result["warnings"]] == [
        "The order is recorded as a US support order but its place as China (Mainland): these "
        "routes follow the type (US). Correct whichever is wrong in the case file."]
    assert result["warnings"][0]["zh"] == ("该命令记录为美国抚养令，作出地却记录为中国内地：以下途径按"
                                           "命令类型（US）给出。请在案件文件中改正有误的一项。")
    data["obligations"][0]["basis"]["jurisdiction"] = "US-CA"
    data["case"]["order_jurisdiction"] = "US-CA"
    again = plan(parse_casefile(yaml.safe_dump(data)), today=dt.date(2020, 1, 1)).to_json()
    assert not any("its place as" in w["en"] for w in again["warnings"])


def test_a_route_deadline_carries_its_arithmetic_and_citation_in_chinese() -> None:
    """CPL (2023) art. 250: two years from the last instalment, rolled past rest days (art.
    85) — the route's copy of the deadline says it in Chinese as the deadline list does."""
    from supportcase.demo import demo_casefile

    case = demo_casefile()
    day = dt.date(2026, 11, 1)
    first = plan(case, today=day).to_json("zh")["routes"][0]["deadlines"][0]
    same = next(d for d in compute(case, day) if d.id == first["id"])
    assert first["computation_zh"] == same.computation_zh and "顺延" in first["computation_zh"]
    assert first["citation_zh"] == same.citation_zh == "《中华人民共和国民事诉讼法》第250条"
